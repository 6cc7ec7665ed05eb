package health.journey.app.consent;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.PatientId;
import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentReadModel;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.consent.ConsentView;
import health.journey.api.consent.FindConsentsQuery;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.PatientConsents;
import health.journey.api.consent.WithdrawConsent;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.PatientView;
import health.journey.api.personaldata.FreeText;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Consents (知情同意): a patient's consent per purpose, and giving and withdrawing it. */
@Controller
class ConsentController {

  private static final List<String> SHOWN_IN =
      List.of(
          ConsentReadModel.PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private final QueryGateway queries;
  private final PatientMutations mutations;

  ConsentController(QueryGateway queries, PatientMutations mutations) {
    this.queries = queries;
    this.mutations = mutations;
  }

  /** What the schema shows of a consent. */
  record Consent(
      ConsentPurpose purpose,
      ConsentStatus status,
      ConsentChannel channel,
      String wordingVersion,
      Instant changedAt,
      PersonalData withdrawalReason) {}

  record GiveConsentInput(
      String patientId,
      ConsentPurpose purpose,
      ConsentChannel channel,
      String wordingVersion,
      Instant occurredAt,
      String clientRequestId) {}

  record WithdrawConsentInput(
      String patientId,
      ConsentPurpose purpose,
      ConsentChannel channel,
      String reason,
      Instant occurredAt,
      String clientRequestId) {}

  /** One entry per purpose, including purposes never given. */
  @BatchMapping(typeName = "Patient", field = "consents")
  Map<PatientView, List<Consent>> consents(List<PatientView> patients) {
    List<PatientId> ids = patients.stream().map(PatientView::id).distinct().toList();
    PatientConsents consents =
        queries.query(new FindConsentsQuery(ids), PatientConsents.class).join();
    Map<PatientView, List<Consent>> result = new LinkedHashMap<>();
    for (PatientView p : patients) {
      Map<ConsentPurpose, ConsentView> given =
          consents.byPatient().getOrDefault(p.id().toString(), List.of()).stream()
              .collect(Collectors.toMap(ConsentView::purpose, Function.identity()));
      List<Consent> all = new ArrayList<>();
      for (ConsentPurpose purpose : ConsentPurpose.values()) {
        ConsentView view = given.get(purpose);
        all.add(
            view == null
                ? new Consent(purpose, ConsentStatus.NOT_GIVEN, null, null, null, null)
                : new Consent(
                    purpose,
                    view.status(),
                    view.channel(),
                    view.wordingVersion(),
                    view.changedAt(),
                    view.withdrawalReason()));
      }
      result.put(p, all);
    }
    return result;
  }

  @MutationMapping
  PatientPayload giveConsent(@Argument GiveConsentInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    GiveConsent command =
        new GiveConsent(
            id, input.purpose(), input.channel(), input.wordingVersion(), input.occurredAt());
    return mutations.send(env, command, id, SHOWN_IN);
  }

  @MutationMapping
  PatientPayload withdrawConsent(
      @Argument WithdrawConsentInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    WithdrawConsent command =
        new WithdrawConsent(
            id,
            input.purpose(),
            input.channel(),
            FreeText.optional(id, input.reason(), "reason"),
            input.occurredAt());
    return mutations.send(env, command, id, SHOWN_IN);
  }
}
