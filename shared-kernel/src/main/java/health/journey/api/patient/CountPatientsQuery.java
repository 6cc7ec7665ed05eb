package health.journey.api.patient;

/** How many patients match a filter; answered with a {@code Long}. */
public record CountPatientsQuery(PatientFilter filter) {}
