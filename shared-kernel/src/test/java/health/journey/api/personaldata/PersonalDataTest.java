package health.journey.api.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataTest {

  private static final String SUBJECT = "0f6b2c1e-6a8e-4d0e-9a55-3f1f0d6c2b11";

  private final InMemorySubjectKeys keys = new InMemorySubjectKeys();
  private final PersonalDataCipher cipher = new PersonalDataCipher(keys);
  private final JsonMapper json = EventJson.configure(JsonMapper.builder(), cipher).build();

  @Test
  void eachKindIsMaskedTheWayStaffExpect() {
    assertThat(PersonalDataKind.PHONE.mask("13812341234")).isEqualTo("138****1234");
    assertThat(PersonalDataKind.ID_NUMBER.mask("11010519491231002X"))
        .isEqualTo("110***********002X");
    assertThat(PersonalDataKind.NAME.mask("王丽")).isEqualTo("王*");
    assertThat(PersonalDataKind.NAME.mask("欧阳娜娜")).isEqualTo("欧***");
    assertThat(PersonalDataKind.ADDRESS.mask("北京市海淀区中关村大街1号")).isEqualTo("北京市海淀区****");
    assertThat(PersonalDataKind.FREE_TEXT.mask("lives alone")).isEqualTo("[text withheld]");
  }

  @Test
  void toStringNeverShowsTheFullValue() {
    PersonalData phone = PersonalData.of(SUBJECT, PersonalDataKind.PHONE, "13812341234");
    assertThat(phone.toString()).isEqualTo("138****1234");
    assertThat(String.valueOf(new Holder(phone))).doesNotContain("13812341234");
  }

  @Test
  void storedJsonHoldsTheSealedValueOnlyAndReadsBack() {
    PersonalData name = PersonalData.of(SUBJECT, PersonalDataKind.NAME, "王丽");
    String stored = json.writeValueAsString(new Holder(name));

    JsonNode tree = json.readTree(stored);
    assertThat(stored).doesNotContain("王丽");
    assertThat(tree.at("/value/subject").asString()).isEqualTo(SUBJECT);
    assertThat(tree.at("/value/kind").asString()).isEqualTo("NAME");
    assertThat(tree.at("/value/sealed").asString()).startsWith("v1.");

    Holder read = json.readValue(stored, Holder.class);
    assertThat(read.value().reveal()).contains("王丽");
    assertThat(read.value()).isEqualTo(name);
    // written again, a value read back keeps its sealed form: no second encryption
    assertThat(json.writeValueAsString(read)).isEqualTo(stored);
  }

  @Test
  void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
    String a = cipher.seal(SUBJECT, "13812341234");
    String b = cipher.seal(SUBJECT, "13812341234");
    assertThat(a).isNotEqualTo(b);
    assertThat(cipher.open(SUBJECT, a)).contains("13812341234");
  }

  @Test
  void aSealedValueCannotBeMovedToAnotherSubject() {
    String other = "6a1c9d2e-1b7f-4c3a-8e5d-2f9a0b4c6d7e";
    keys.keyFor(other);
    String sealed = cipher.seal(SUBJECT, "王丽");
    assertThatThrownBy(() -> cipher.open(other, sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onceTheKeyIsDestroyedTheValueReadsAsErasedAndStillLoads() {
    String stored =
        json.writeValueAsString(
            new Holder(PersonalData.of(SUBJECT, PersonalDataKind.PHONE, "13812341234")));
    keys.destroy(SUBJECT);

    Holder read = json.readValue(stored, Holder.class);
    assertThat(read.value().isErased()).isTrue();
    assertThat(read.value().reveal()).isEmpty();
    assertThat(read.value().masked()).isEqualTo("[erased]");
    assertThat(read.value().toString()).isEqualTo("[erased]");
    // the sealed form is kept as it was, so the stored event is unchanged
    assertThat(json.writeValueAsString(read)).isEqualTo(stored);
    assertThatThrownBy(() -> keys.keyFor(SUBJECT)).isInstanceOf(SubjectErased.class);
  }

  record Holder(PersonalData value) {}
}
