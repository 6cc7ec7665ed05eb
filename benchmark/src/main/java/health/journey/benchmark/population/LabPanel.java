package health.journey.benchmark.population;

import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.Indicators;
import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The yearly exam's panel: thirty catalogued indicators (glucose, lipids, kidney, liver, blood
 * count, thyroid, blood pressure, body measurements), with values plausible for Chinese adults of
 * the person's sex, age and build, each person keeping their own level from year to year. Values
 * come as a sender writes them: in the catalogue's canonical (SI) units, or, from a sender that
 * uses US conventional units, glucose, lipids, creatinine, uric acid, urea nitrogen and bilirubin
 * in mg/dL and albumin and haemoglobin in g/dL, for the application to convert.
 */
public final class LabPanel {

  /** The units a sender writes, and the sending system (its identifier system for reports). */
  public enum Style {
    /** The catalogue's canonical units, as the centre's own laboratory reports. */
    SI("urn:oid:2.16.156.99.1.exam-centre"),
    /** US conventional units (mg/dL, g/dL) where they differ, as a partner clinic reports. */
    US("https://lis.intl-clinic.example.org");

    private final String sender;

    Style(String sender) {
      this.sender = sender;
    }

    public String sender() {
      return sender;
    }
  }

  /** LOINC 11502-2, a laboratory report: the kind of every report of the panel. */
  public static final String LAB_REPORT = "11502-2";

  /** One result as its sender writes it: test code (LOINC), value and unit (UCUM). */
  public record Result(Analyte analyte, String loinc, BigDecimal value, String unit) {}

  /**
   * How a test's value is drawn: its mean by sex, the change per year of age over 40 and per BMI
   * point over 24, its spread, and the bounds of plausibility. A skewed test (liver enzymes,
   * triglycerides, TSH) is log-normal: a median, relative changes and a spread of the logarithm.
   */
  private record Test(
      Analyte analyte,
      double male,
      double female,
      double perYear,
      double perBmi,
      double spread,
      boolean skewed,
      double min,
      double max) {}

  /** How a test is written in US conventional units: its unit, code and decimals. */
  private record UsUnit(String unit, String loinc, double perCanonical, int decimals) {}

  private static final List<Test> LABS =
      List.of(
          new Test(Indicators.FASTING_GLUCOSE, 5.1, 5.0, 0.015, 0.06, 0.55, false, 3.6, 16),
          new Test(Indicators.HBA1C, 5.5, 5.4, 0.01, 0.03, 0.4, false, 4.0, 12),
          new Test(Indicators.TOTAL_CHOLESTEROL, 4.8, 4.9, 0.01, 0.04, 0.85, false, 2.5, 9.5),
          new Test(Indicators.LDL_CHOLESTEROL, 2.9, 2.8, 0.01, 0.04, 0.75, false, 1.0, 7.0),
          new Test(Indicators.HDL_CHOLESTEROL, 1.2, 1.45, 0, -0.02, 0.28, false, 0.5, 3.0),
          new Test(Indicators.TRIGLYCERIDES, 1.4, 1.1, 0.005, 0.06, 0.45, true, 0.3, 15),
          new Test(Indicators.CREATININE, 80, 60, 0.2, 0, 11, false, 30, 300),
          new Test(Indicators.URIC_ACID, 380, 290, 0, 6, 65, false, 150, 750),
          new Test(Indicators.UREA, 5.4, 4.8, 0.02, 0, 1.1, false, 2.0, 15),
          new Test(Indicators.EGFR, 100, 102, -0.7, 0, 10, false, 15, 140),
          new Test(Indicators.ALT, 24, 16, 0, 0.05, 0.45, true, 5, 300),
          new Test(Indicators.AST, 23, 20, 0, 0.02, 0.3, true, 8, 250),
          new Test(Indicators.GGT, 28, 17, 0, 0.05, 0.5, true, 5, 400),
          new Test(Indicators.TOTAL_BILIRUBIN, 13, 11, 0, 0, 4, false, 3, 45),
          new Test(Indicators.ALBUMIN, 46, 45, -0.05, 0, 2.4, false, 30, 55),
          new Test(Indicators.POTASSIUM, 4.2, 4.1, 0, 0, 0.3, false, 3.0, 5.9),
          new Test(Indicators.HAEMOGLOBIN, 150, 130, -0.1, 0, 10, false, 85, 190),
          new Test(Indicators.WBC, 6.3, 6.0, 0, 0.05, 1.4, false, 2.5, 15),
          new Test(Indicators.PLATELETS, 225, 240, -0.3, 0, 48, false, 80, 500),
          new Test(Indicators.RBC, 5.0, 4.4, -0.004, 0, 0.35, false, 3.2, 6.5),
          new Test(Indicators.HAEMATOCRIT, 45, 40, -0.02, 0, 3, false, 28, 58),
          new Test(Indicators.TSH, 1.9, 2.2, 0.01, 0, 0.5, true, 0.1, 20),
          new Test(Indicators.HOMOCYSTEINE, 13, 10, 0.06, 0, 3.2, false, 4, 50),
          new Test(Indicators.SYSTOLIC_BP, 124, 118, 0.6, 1.0, 12, false, 85, 210),
          new Test(Indicators.DIASTOLIC_BP, 79, 74, 0.15, 0.5, 8, false, 50, 130),
          new Test(Indicators.HEART_RATE, 73, 76, 0, 0.2, 9, false, 48, 120));

  private static final Map<Analyte, UsUnit> US_UNITS =
      Map.ofEntries(
          Map.entry(Indicators.FASTING_GLUCOSE, new UsUnit("mg/dL", "1558-6", 18.016, 0)),
          Map.entry(Indicators.TOTAL_CHOLESTEROL, new UsUnit("mg/dL", "2093-3", 1 / 0.02586, 0)),
          Map.entry(Indicators.LDL_CHOLESTEROL, new UsUnit("mg/dL", "13457-7", 1 / 0.02586, 0)),
          Map.entry(Indicators.HDL_CHOLESTEROL, new UsUnit("mg/dL", "2085-9", 1 / 0.02586, 0)),
          Map.entry(Indicators.TRIGLYCERIDES, new UsUnit("mg/dL", "2571-8", 1 / 0.01129, 0)),
          Map.entry(Indicators.CREATININE, new UsUnit("mg/dL", "2160-0", 1 / 88.4, 2)),
          Map.entry(Indicators.URIC_ACID, new UsUnit("mg/dL", "3084-1", 1 / 59.48, 1)),
          // urea nitrogen (BUN), as US laboratories report urea
          Map.entry(Indicators.UREA, new UsUnit("mg/dL", "3094-0", 1 / 0.357, 0)),
          Map.entry(Indicators.TOTAL_BILIRUBIN, new UsUnit("mg/dL", "1975-2", 1 / 17.1, 1)),
          Map.entry(Indicators.ALBUMIN, new UsUnit("g/dL", "1751-7", 0.1, 1)),
          Map.entry(Indicators.HAEMOGLOBIN, new UsUnit("g/dL", "718-7", 0.1, 1)));

  /** Results per exam: the laboratory tests and the four body measurements. */
  public static final int RESULTS = LABS.size() + 4;

  /** Catalogue ids of every indicator the panel holds (e.g. {@code FASTING_GLUCOSE}). */
  public static List<String> indicatorIds() {
    List<String> ids = new ArrayList<>();
    LABS.forEach(t -> ids.add(t.analyte().id()));
    for (Analyte body :
        List.of(Indicators.BODY_HEIGHT, Indicators.BODY_WEIGHT, Indicators.BMI, Indicators.WAIST)) {
      ids.add(body.id());
    }
    return ids;
  }

  private final Sex sex;
  private final int age;
  private final double heightCm;
  private final double bmi;
  private final double bmiPerYear;
  private final boolean diabetic;
  private final double[] level = new double[LABS.size()];

  /**
   * A person's own levels: where they sit in the spread of each test, kept from year to year.
   *
   * @param age the person's age now
   * @param heightCm their height
   * @param bmi their body-mass index now
   */
  public LabPanel(Random random, Sex sex, int age, double heightCm, double bmi) {
    this.sex = sex;
    this.age = age;
    this.heightCm = heightCm;
    this.bmi = bmi;
    this.bmiPerYear = random.nextGaussian() * 0.3;
    this.diabetic = random.nextInt(100) < Math.min(25, Math.max(2, age / 4));
    for (int i = 0; i < level.length; i++) {
      level[i] = random.nextGaussian() * 0.8;
    }
  }

  /** The panel of an exam {@code yearsAgo} years back, written in {@code style}. */
  public List<Result> results(Random random, int yearsAgo, Style style) {
    int ageThen = age - yearsAgo;
    double bmiThen = Math.max(16, Math.min(42, bmi - bmiPerYear * yearsAgo + noise(random, 0.3)));
    boolean male = sex == Sex.MALE;
    List<Result> results = new ArrayList<>(RESULTS);
    for (int i = 0; i < LABS.size(); i++) {
      Test test = LABS.get(i);
      double typical = male ? test.male() : test.female();
      double z = level[i] + noise(random, 0.6);
      double value =
          test.skewed()
              ? typical
                  * (1 + test.perYear() * (ageThen - 40))
                  * (1 + test.perBmi() * (bmiThen - 24))
                  * Math.exp(test.spread() * z)
              : typical
                  + test.perYear() * (ageThen - 40)
                  + test.perBmi() * (bmiThen - 24)
                  + test.spread() * z;
      if (diabetic && test.analyte() == Indicators.FASTING_GLUCOSE) {
        value += 2.2;
      } else if (diabetic && test.analyte() == Indicators.HBA1C) {
        value += 1.3;
      }
      results.add(
          written(test.analyte(), Math.max(test.min(), Math.min(test.max(), value)), style));
    }
    double weight = bmiThen * (heightCm / 100) * (heightCm / 100);
    double waist = (male ? 86 : 78) + 2.2 * (bmiThen - 24) + noise(random, 3);
    results.add(canonical(Indicators.BODY_HEIGHT, heightCm));
    results.add(canonical(Indicators.BODY_WEIGHT, weight));
    results.add(canonical(Indicators.BMI, weight / (heightCm / 100) / (heightCm / 100)));
    results.add(canonical(Indicators.WAIST, waist));
    return results;
  }

  private static Result written(Analyte analyte, double canonicalValue, Style style) {
    UsUnit us = style == Style.US ? US_UNITS.get(analyte) : null;
    if (us == null) {
      return canonical(analyte, canonicalValue);
    }
    return new Result(
        analyte,
        us.loinc(),
        BigDecimal.valueOf(canonicalValue * us.perCanonical())
            .setScale(us.decimals(), RoundingMode.HALF_UP),
        us.unit());
  }

  private static Result canonical(Analyte analyte, double value) {
    return new Result(
        analyte,
        analyte.primaryLoinc(),
        BigDecimal.valueOf(value).setScale(analyte.scale(), RoundingMode.HALF_UP),
        analyte.canonicalUnit());
  }

  private static double noise(Random random, double spread) {
    return random.nextGaussian() * spread;
  }
}
