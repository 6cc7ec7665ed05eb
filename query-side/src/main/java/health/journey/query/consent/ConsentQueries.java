package health.journey.query.consent;

import health.journey.api.PatientId;
import health.journey.api.consent.ConsentView;
import health.journey.api.consent.FindConsentsQuery;
import health.journey.api.consent.PatientConsents;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.query.common.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on consents, one SQL statement per query. */
@Component
class ConsentQueries {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  ConsentQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  PatientConsents handle(FindConsentsQuery query) {
    Map<String, List<ConsentView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientConsents(byPatient);
    }
    jdbc.sql(
            "SELECT patient_id, purpose, status, channel, wording_version, changed_at,"
                + " withdrawal_reason_sealed FROM patient_consent WHERE patient_id IN (:ids)"
                + " ORDER BY purpose")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .query(ConsentProjection.CONSENTS_READER)
        .list()
        .forEach(
            row ->
                byPatient
                    .computeIfAbsent(row.patientId().toString(), k -> new ArrayList<>())
                    .add(
                        new ConsentView(
                            row.purpose(),
                            row.status(),
                            row.channel(),
                            row.wordingVersion(),
                            row.changedAt(),
                            Rows.sealed(
                                cipher,
                                row.patientId(),
                                PersonalDataKind.FREE_TEXT,
                                row.withdrawalReasonSealed()))));
    return new PatientConsents(byPatient);
  }
}
