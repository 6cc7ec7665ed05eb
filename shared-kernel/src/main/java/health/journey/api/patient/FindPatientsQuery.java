package health.journey.api.patient;

import health.journey.api.PatientId;
import java.time.Instant;

/**
 * A page of patients, newest card first, after the position ({@code afterOpenedAt}, {@code
 * afterId}) of the last patient of the previous page (both null for the first page); answered with
 * a {@link PatientPage}.
 */
public record FindPatientsQuery(
    PatientFilter filter, int limit, Instant afterOpenedAt, PatientId afterId) {}
