package health.journey.api.booking;

import java.util.List;

/** The exam packages (retired ones too when asked); answered with {@link ExamPackages}. */
public record FindExamPackagesQuery(boolean includeRetired) {

  /** Exam packages. */
  public record ExamPackages(List<ExamPackageView> packages) {}
}
