package health.journey.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.PatientId;
import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.WithdrawConsent;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardOpened;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.LifecycleStageChanged;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.PatientRule;
import health.journey.api.patient.Sex;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.RemoveTag;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T09:30:00Z");

  private final PatientId id = PatientId.of("6d0f3a4e-8f3b-4a59-9a64-5b0e1a2f3c4d");
  private final InMemoryCardNumbers cardNumbers = new InMemoryCardNumbers();
  private AggregateTestFixture<Patient> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Patient.class);
    fixture.registerInjectableResource(cardNumbers);
  }

  private PersonalData text(String value) {
    return PersonalData.of(id.toString(), PersonalDataKind.FREE_TEXT, value);
  }

  private OpenCard openCard(String cardNumber, List<ConsentGrant> consents) {
    return new OpenCard(
        id,
        cardNumber,
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sex.FEMALE,
        LocalDate.of(1981, 5, 4),
        null,
        consents,
        T0);
  }

  private CardOpened cardOpened(String cardNumber) {
    return new CardOpened(
        id,
        cardNumber,
        CardTier.GOLD,
        EnrolmentChannel.EXAM_CENTRE,
        PersonalData.of(id.toString(), PersonalDataKind.NAME, "王丽"),
        PersonalData.of(id.toString(), PersonalDataKind.PHONE, "13812341234"),
        null,
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, Sex.FEMALE),
        Sealed.of(id, PersonalDataKind.DEMOGRAPHIC, LocalDate.of(1981, 5, 4)),
        LifecycleStage.PROSPECT,
        T0);
  }

  @Test
  void openingACardEnrolsThePatientWithTheConsentsGivenAtEnrolment() {
    fixture
        .givenNoPriorActivity()
        .when(
            openCard(
                "JC-0001",
                List.of(
                    new ConsentGrant(
                        ConsentPurpose.DATA_PROCESSING, ConsentChannel.PAPER_FORM, "dp-v3"),
                    new ConsentGrant(
                        ConsentPurpose.FOLLOW_UP_CONTACT, ConsentChannel.PAPER_FORM, "fu-v1"))))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            cardOpened("JC-0001"),
            new ConsentGiven(
                id, ConsentPurpose.DATA_PROCESSING, ConsentChannel.PAPER_FORM, "dp-v3", T0),
            new ConsentGiven(
                id, ConsentPurpose.FOLLOW_UP_CONTACT, ConsentChannel.PAPER_FORM, "fu-v1", T0));
    assertThat(cardNumbers.claims).containsEntry("JC-0001", id);
  }

  @Test
  void aPatientCannotOpenASecondCard() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(openCard("JC-0002", List.of()))
        .expectException(BusinessRuleViolation.class)
        .expectExceptionMessage(
            "Patient " + id + " already has card JC-0001; a patient has one card")
        .expectNoEvents();
    assertThat(cardNumbers.claims).doesNotContainKey("JC-0002");
  }

  @Test
  void aCardNumberHeldByAnotherPatientCannotBeReused() {
    cardNumbers.claims.put("JC-0001", PatientId.random());
    fixture
        .givenNoPriorActivity()
        .when(openCard("JC-0001", List.of()))
        .expectException(BusinessRuleViolation.class)
        .expectNoEvents();
  }

  @Test
  void anUnknownPatientCannotBeTagged() {
    fixture
        .givenNoPriorActivity()
        .when(new ApplyTag(id, "smoker", text("says so"), T1))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void aPersonTagsAPatientWithAReason() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(new ApplyTag(id, "  smoker  ", text("20 a day"), T1))
        .expectEvents(new TagApplied(id, "smoker", text("20 a day"), T1));
  }

  @Test
  void applyingATagThePatientAlreadyHasChangesNothing() {
    fixture
        .given(cardOpened("JC-0001"), new TagApplied(id, "smoker", text("20 a day"), T0))
        .when(new ApplyTag(id, "smoker", text("again"), T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aTagThatWasRemovedCanBeAppliedAgain() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new TagApplied(id, "smoker", text("20 a day"), T0),
            new TagRemoved(id, "smoker", text("quit"), T0))
        .when(new ApplyTag(id, "smoker", text("relapsed"), T1))
        .expectEvents(new TagApplied(id, "smoker", text("relapsed"), T1));
  }

  @Test
  void removingATagThePatientDoesNotHaveIsRefused() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(new RemoveTag(id, "smoker", text("mistake"), T1))
        .expectException(BusinessRuleViolation.class)
        .expectExceptionMessage("Patient " + id + " has no tag 'smoker' to remove")
        .expectNoEvents();
  }

  @Test
  void removingATagRecordsWhy() {
    fixture
        .given(cardOpened("JC-0001"), new TagApplied(id, "smoker", text("20 a day"), T0))
        .when(new RemoveTag(id, "smoker", text("quit in May"), T1))
        .expectEvents(new TagRemoved(id, "smoker", text("quit in May"), T1));
  }

  @Test
  void consentThatWasNeverGivenCannotBeWithdrawn() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(new WithdrawConsent(id, ConsentPurpose.MARKETING, ConsentChannel.APP, null, T1))
        .expectException(BusinessRuleViolation.class)
        .expectExceptionMessage(
            "Patient " + id + " never gave consent for MARKETING, so there is none to withdraw")
        .expectNoEvents();
  }

  @Test
  void consentCannotBeWithdrawnTwice() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T0),
            new ConsentWithdrawn(id, ConsentPurpose.MARKETING, ConsentChannel.APP, null, T0))
        .when(new WithdrawConsent(id, ConsentPurpose.MARKETING, ConsentChannel.APP, null, T1))
        .expectException(BusinessRuleViolation.class)
        .expectExceptionMessage(
            "Patient " + id + " already withdrew consent for MARKETING at " + T0)
        .expectNoEvents();
  }

  @Test
  void withdrawingGivenConsentIsRecordedWithTheReason() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new ConsentGiven(id, ConsentPurpose.FOLLOW_UP_CONTACT, ConsentChannel.APP, "fu-v1", T0))
        .when(
            new WithdrawConsent(
                id,
                ConsentPurpose.FOLLOW_UP_CONTACT,
                ConsentChannel.WECHAT,
                text("too many calls"),
                T1))
        .expectEvents(
            new ConsentWithdrawn(
                id,
                ConsentPurpose.FOLLOW_UP_CONTACT,
                ConsentChannel.WECHAT,
                text("too many calls"),
                T1));
  }

  @Test
  void consentCanBeGivenAgainAfterItWasWithdrawn() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T0),
            new ConsentWithdrawn(id, ConsentPurpose.MARKETING, ConsentChannel.APP, null, T0))
        .when(new GiveConsent(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T1))
        .expectEvents(
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T1));
  }

  @Test
  void givingConsentInForceUnderTheSameWordingChangesNothing() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T0))
        .when(new GiveConsent(id, ConsentPurpose.MARKETING, ConsentChannel.WECHAT, "mk-v1", T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void consentUnderANewWordingIsRecorded() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v1", T0))
        .when(new GiveConsent(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v2", T1))
        .expectEvents(
            new ConsentGiven(id, ConsentPurpose.MARKETING, ConsentChannel.APP, "mk-v2", T1));
  }

  @Test
  void theHealthRecordIsUpdatedPartByPart() {
    BodyMeasurements measured =
        BodyMeasurements.validated(
            new BigDecimal("165"), new BigDecimal("79.5"), null, LocalDate.of(2026, 3, 1));
    fixture
        .given(cardOpened("JC-0001"))
        .when(
            new UpdateHealthRecord(
                id, null, null, null, List.of("penicillin"), null, null, measured, null, T1))
        .expectEvents(
            new HealthRecordUpdated(
                id,
                null,
                null,
                null,
                Sealed.of(id, PersonalDataKind.HEALTH, List.of("penicillin")),
                null,
                null,
                Sealed.of(id, PersonalDataKind.HEALTH, measured),
                null,
                T1));
  }

  @Test
  void aPatientMovesThroughTheLifecycle() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(new ChangeLifecycleStage(id, LifecycleStage.FIRST_VISIT, text("first exam"), T1))
        .expectEvents(
            new LifecycleStageChanged(
                id, LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT, text("first exam"), T1));
  }

  @Test
  void aPatientWhoHasBeenSeenCannotBecomeAProspectAgain() {
    fixture
        .given(
            cardOpened("JC-0001"),
            new LifecycleStageChanged(
                id, LifecycleStage.PROSPECT, LifecycleStage.FIRST_VISIT, text("exam"), T0))
        .when(new ChangeLifecycleStage(id, LifecycleStage.PROSPECT, text("oops"), T1))
        .expectException(BusinessRuleViolation.class)
        .expectNoEvents();
  }

  @Test
  void movingToTheStageThePatientIsInChangesNothing() {
    fixture
        .given(cardOpened("JC-0001"))
        .when(new ChangeLifecycleStage(id, LifecycleStage.PROSPECT, text("still"), T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  private static final class InMemoryCardNumbers implements CardNumberRegistry {
    final Map<String, PatientId> claims = new HashMap<>();

    @Override
    public void claim(String cardNumber, PatientId patientId) {
      PatientId owner = claims.putIfAbsent(cardNumber, patientId);
      if (owner != null && !owner.equals(patientId)) {
        throw new BusinessRuleViolation(PatientRule.CARD_NUMBER_TAKEN, "taken");
      }
    }
  }
}
