package health.journey.command.risk;

/**
 * Inputs of the Chinese Diabetes Risk Score. Every field is nullable; a null field is reported as
 * missing and no score is computed.
 *
 * @param sex sex
 * @param ageYears age in completed years; the score was derived at ages 20 to 74
 * @param waistCm waist circumference in cm
 * @param bmi body mass index in kg/m²
 * @param systolicBpMmHg systolic blood pressure in mmHg
 * @param familyHistoryOfDiabetes whether a parent, sibling or child has diabetes
 */
public record CdrsInput(
    Sex sex,
    Integer ageYears,
    Double waistCm,
    Double bmi,
    Double systolicBpMmHg,
    Boolean familyHistoryOfDiabetes) {}
