package health.journey.command.risk;

import java.util.Arrays;

/**
 * One row of a published points table: the points for values below the first cut-off, and the
 * points from each cut-off (inclusive) up to the next.
 */
final class PointsTable {

  private final int belowFirst;
  private final double[] from;
  private final int[] points;

  private PointsTable(int belowFirst, double[] from, int[] points) {
    if (from.length != points.length) {
      throw new IllegalArgumentException("each cut-off needs its points");
    }
    for (int i = 1; i < from.length; i++) {
      if (from[i] <= from[i - 1]) {
        throw new IllegalArgumentException("cut-offs must increase");
      }
    }
    this.belowFirst = belowFirst;
    this.from = from.clone();
    this.points = points.clone();
  }

  /**
   * A table row given as the points below the first cut-off, then pairs of cut-off and points. For
   * example {@code of(0, 160, 1, 200, 3)} reads "&lt; 160: 0, 160-199: 1, &ge; 200: 3".
   */
  static PointsTable of(int belowFirst, double... cutOffsAndPoints) {
    if (cutOffsAndPoints.length % 2 != 0) {
      throw new IllegalArgumentException("cut-offs and points come in pairs");
    }
    double[] from = new double[cutOffsAndPoints.length / 2];
    int[] points = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = cutOffsAndPoints[2 * i];
      points[i] = (int) cutOffsAndPoints[2 * i + 1];
    }
    return new PointsTable(belowFirst, from, points);
  }

  int points(double value) {
    int index = Arrays.binarySearch(from, value);
    int row = index >= 0 ? index : -index - 2;
    return row < 0 ? belowFirst : points[row];
  }
}
