package health.journey.api.booking;

/** An exam package as the read model knows it. */
public record ExamPackageView(
    String packageId, ExamPackageDefinition definition, boolean retired) {}
