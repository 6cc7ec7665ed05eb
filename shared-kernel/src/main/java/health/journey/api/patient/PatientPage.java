package health.journey.api.patient;

import java.util.List;

/** A page of patients and whether more follow. */
public record PatientPage(List<PatientView> patients, boolean hasMore) {}
