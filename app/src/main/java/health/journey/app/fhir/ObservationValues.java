package health.journey.app.fhir;

import health.journey.api.indicator.Analyte;
import health.journey.api.indicator.Flag;
import health.journey.api.indicator.Indicators;
import health.journey.api.indicator.UnitNotAccepted;
import health.journey.api.report.ReportedValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * The values of an Observation as indicator values: its own value, and each component's (blood
 * pressure's systolic and diastolic become indicators of their own). Cancelled or entered-in-error
 * observations and absent data never become values; a unit is converted to the analyte's canonical
 * unit by the catalogue's factor, or the value is kept as sent with the reason; the sender's
 * interpretation is its flag.
 */
final class ObservationValues {

  static final String LOINC = "http://loinc.org";
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final int CODE_LENGTH = 32;

  /** What an observation gave: its values, and notes on what was not taken and why. */
  record Read(List<ReportedValue> values, List<FhirIssue> notes) {}

  private ObservationValues() {}

  /**
   * @param sourceId how the observation is named in provenance (its fullUrl or Type/id)
   * @param path where it is in the document
   * @param fallbackTime the time of the report that holds it, when it gives none of its own
   */
  static Read read(Observation observation, String sourceId, String path, Instant fallbackTime) {
    List<ReportedValue> values = new ArrayList<>();
    List<FhirIssue> notes = new ArrayList<>();
    Observation.ObservationStatus status = observation.getStatus();
    if (status == Observation.ObservationStatus.CANCELLED
        || status == Observation.ObservationStatus.ENTEREDINERROR
        || status == Observation.ObservationStatus.UNKNOWN) {
      notes.add(
          FhirIssue.information(
              "Ignored: an observation with status " + status.toCode() + " gives no value",
              path + ".status"));
      return new Read(values, notes);
    }
    Instant effective = FhirTimes.effective(observation.getEffective());
    if (effective == null && observation.hasIssued()) {
      effective = observation.getIssued().toInstant();
    }
    if (effective == null) {
      effective = fallbackTime;
    }
    if (effective == null) {
      notes.add(
          FhirIssue.warning(
              "required",
              "Ignored: the observation says neither when it was taken (effective[x]) nor when it"
                  + " was issued, and no report gives a time",
              path));
      return new Read(values, notes);
    }
    boolean hasOwnValue = observation.hasValue() || observation.hasDataAbsentReason();
    if (hasOwnValue || !observation.hasComponent()) {
      value(
              observation.getCode(),
              observation.getValue(),
              observation.hasDataAbsentReason(),
              observation.getInterpretation(),
              observation.getReferenceRange(),
              sourceId,
              effective,
              path,
              notes,
              observation.hasHasMember())
          .ifPresent(values::add);
    }
    for (int i = 0; i < observation.getComponent().size(); i++) {
      Observation.ObservationComponentComponent component = observation.getComponent().get(i);
      value(
              component.getCode(),
              component.getValue(),
              component.hasDataAbsentReason(),
              component.getInterpretation(),
              component.getReferenceRange(),
              sourceId + "#component" + i,
              effective,
              path + ".component[" + i + "]",
              notes,
              false)
          .ifPresent(values::add);
    }
    return new Read(values, notes);
  }

  private static Optional<ReportedValue> value(
      CodeableConcept code,
      Type value,
      boolean absent,
      List<CodeableConcept> interpretation,
      List<Observation.ObservationReferenceRangeComponent> ranges,
      String sourceId,
      Instant effective,
      String path,
      List<FhirIssue> notes,
      boolean panel) {
    if (absent) {
      notes.add(
          FhirIssue.information(
              "Ignored: the sender says the value is absent (dataAbsentReason)",
              path + ".dataAbsentReason"));
      return Optional.empty();
    }
    if (value == null || value.isEmpty()) {
      if (!panel) {
        notes.add(FhirIssue.information("Ignored: no value", path));
      }
      return Optional.empty();
    }
    Optional<Coding> coding = coding(code);
    if (coding.isEmpty()) {
      notes.add(
          FhirIssue.warning(
              "required",
              "Ignored: a value is kept under its test's code (LOINC), and this one has none",
              path + ".code"));
      return Optional.empty();
    }
    String testCode = coding.get().getCode();
    Optional<Analyte> analyte =
        LOINC.equals(coding.get().getSystem()) ? Indicators.byLoinc(testCode) : Optional.empty();
    String name = name(code, analyte);
    Flag senderFlag = flag(interpretation);
    BigDecimal original = null;
    String originalUnit = null;
    BigDecimal canonical = null;
    String canonicalUnit = null;
    String text = null;
    String problem = null;
    if (value instanceof Quantity quantity && quantity.hasValue() && !quantity.hasComparator()) {
      original = quantity.getValue();
      originalUnit = unit(quantity);
      if (analyte.isPresent()) {
        try {
          canonical = analyte.get().convert(original, originalUnit);
          canonicalUnit = analyte.get().canonicalUnit();
        } catch (UnitNotAccepted refused) {
          problem = unitProblem(refused, analyte.get());
          notes.add(FhirIssue.warning("value", "Kept as sent: " + problem, path + ".value"));
        }
      } else {
        canonical = original;
        canonicalUnit = originalUnit;
      }
    } else if (value instanceof Quantity quantity && quantity.hasValue()) {
      text =
          quantity.getComparator().toCode()
              + quantity.getValue().toPlainString()
              + (unit(quantity) == null ? "" : " " + unit(quantity));
    } else if (value instanceof org.hl7.fhir.r4.model.IntegerType integer && integer.hasValue()) {
      original = BigDecimal.valueOf(integer.getValue());
      if (analyte.isPresent() && !analyte.get().canonicalUnit().equals("1")) {
        // a count without a unit: for a measured analyte its unit is unknown, never assumed
        problem =
            "no unit was given for "
                + analyte.get().nameEn()
                + " ("
                + analyte.get().primaryLoinc()
                + ", kept in "
                + analyte.get().canonicalUnit()
                + ")";
        notes.add(FhirIssue.warning("value", "Kept as sent: " + problem, path + ".value"));
      } else {
        canonical = original;
      }
    } else if (value instanceof org.hl7.fhir.r4.model.StringType string && string.hasValue()) {
      text = string.getValue();
    } else if (value instanceof CodeableConcept concept && !concept.isEmpty()) {
      text =
          concept.hasText()
              ? concept.getText()
              : concept.getCodingFirstRep().hasDisplay()
                  ? concept.getCodingFirstRep().getDisplay()
                  : concept.getCodingFirstRep().getCode();
    } else if (value instanceof org.hl7.fhir.r4.model.BooleanType bool && bool.hasValue()) {
      text = bool.getValue().toString();
    } else {
      notes.add(
          FhirIssue.information(
              "Ignored: a value of type " + value.fhirType() + " is not kept as an indicator",
              path));
      return Optional.empty();
    }
    if (text != null && text.length() > 2000) {
      text = text.substring(0, 2000);
    }
    BigDecimal low = null;
    BigDecimal high = null;
    String rangeText = null;
    Observation.ObservationReferenceRangeComponent range = range(ranges);
    if (range != null) {
      rangeText = range.hasText() ? trim(range.getText(), 200) : null;
      low = bound(range.getLow(), originalUnit, analyte);
      high = bound(range.getHigh(), originalUnit, analyte);
    }
    return Optional.of(
        new ReportedValue(
            testCode,
            analyte.map(Analyte::id).orElse(null),
            name,
            canonical,
            canonicalUnit,
            original,
            originalUnit,
            low,
            high,
            rangeText,
            senderFlag,
            senderFlag != null,
            text,
            effective,
            trim(sourceId, 200),
            problem));
  }

  /** The LOINC coding, else the first coding with a code short enough to keep. */
  private static Optional<Coding> coding(CodeableConcept code) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<Coding> loinc =
        code.getCoding().stream()
            .filter(c -> LOINC.equals(c.getSystem()) && c.hasCode())
            .filter(c -> c.getCode().length() <= CODE_LENGTH)
            .findFirst();
    return loinc.or(
        () ->
            code.getCoding().stream()
                .filter(c -> c.hasCode() && c.getCode().length() <= CODE_LENGTH)
                .findFirst());
  }

  private static String name(CodeableConcept code, Optional<Analyte> analyte) {
    String name = code.hasText() ? code.getText() : null;
    if (name == null) {
      name =
          code.getCoding().stream()
              .filter(Coding::hasDisplay)
              .map(Coding::getDisplay)
              .findFirst()
              .orElse(analyte.map(Analyte::nameEn).orElse(null));
    }
    return trim(name, 200);
  }

  /** The unit as UCUM gives it when the sender coded it so, else as written. */
  static String unit(Quantity quantity) {
    String unit =
        UCUM.equals(quantity.getSystem()) && quantity.hasCode()
            ? quantity.getCode()
            : quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
    return unit == null ? null : trim(unit, 32);
  }

  private static BigDecimal bound(Quantity bound, String valueUnit, Optional<Analyte> analyte) {
    if (bound == null || !bound.hasValue()) {
      return null;
    }
    String unit = bound.hasUnit() || bound.hasCode() ? unit(bound) : valueUnit;
    if (analyte.isEmpty()) {
      return bound.getValue();
    }
    try {
      return analyte.get().convert(bound.getValue(), unit);
    } catch (UnitNotAccepted refused) {
      return null;
    }
  }

  /** The range for everyone (no appliesTo, or type normal), else the first. */
  private static Observation.ObservationReferenceRangeComponent range(
      List<Observation.ObservationReferenceRangeComponent> ranges) {
    return ranges.stream()
        .filter(r -> !r.hasAppliesTo() && !r.hasAge())
        .findFirst()
        .orElse(ranges.isEmpty() ? null : ranges.get(0));
  }

  /**
   * The sender's interpretation (HL7 v3 ObservationInterpretation) as a flag; one that names no
   * direction (abnormal, resistant, …) leaves the flag to be computed from the range.
   */
  private static Flag flag(List<CodeableConcept> interpretation) {
    for (CodeableConcept concept : interpretation) {
      for (Coding coding : concept.getCoding()) {
        Flag flag =
            switch (String.valueOf(coding.getCode())) {
              case "N" -> Flag.NORMAL;
              case "L", "LU" -> Flag.LOW;
              case "H", "HU" -> Flag.HIGH;
              case "LL" -> Flag.CRITICAL_LOW;
              case "HH" -> Flag.CRITICAL_HIGH;
              default -> null;
            };
        if (flag != null) {
          return flag;
        }
      }
    }
    return null;
  }

  private static String unitProblem(UnitNotAccepted refused, Analyte analyte) {
    String unit = refused.unit();
    String shown =
        unit == null || unit.isBlank()
            ? "no unit"
            : unit.matches("[\\w/*.%\\[\\]{}^'()\\- ]{1,32}") ? "unit '" + unit + "'" : "the unit";
    return (refused.reason() == UnitNotAccepted.Reason.UNKNOWN_UNIT
            ? shown + " is not a known unit for "
            : shown + " cannot be converted for ")
        + analyte.nameEn()
        + " ("
        + analyte.primaryLoinc()
        + ", kept in "
        + analyte.canonicalUnit()
        + ")";
  }

  static String trim(String text, int length) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() <= length ? stripped : stripped.substring(0, length);
  }
}
