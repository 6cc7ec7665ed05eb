package health.journey.api.indicator;

import static health.journey.api.indicator.Dimension.ARBITRARY_CONCENTRATION;
import static health.journey.api.indicator.Dimension.AREA_DENSITY;
import static health.journey.api.indicator.Dimension.CATALYTIC_CONCENTRATION;
import static health.journey.api.indicator.Dimension.EQUIVALENT_CONCENTRATION;
import static health.journey.api.indicator.Dimension.FILTRATION_RATE;
import static health.journey.api.indicator.Dimension.FRACTION;
import static health.journey.api.indicator.Dimension.LENGTH;
import static health.journey.api.indicator.Dimension.MASS;
import static health.journey.api.indicator.Dimension.MASS_CONCENTRATION;
import static health.journey.api.indicator.Dimension.NUMBER_CONCENTRATION;
import static health.journey.api.indicator.Dimension.PRESSURE;
import static health.journey.api.indicator.Dimension.RATE;
import static health.journey.api.indicator.Dimension.SUBSTANCE_CONCENTRATION;
import static health.journey.api.indicator.Dimension.SUBSTANCE_FRACTION;
import static health.journey.api.indicator.Dimension.TEMPERATURE;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units senders write, by UCUM code and by the spellings seen on reports (mg/dl, µmol/L with
 * the micro sign or the Greek mu, mmHg, kg/m², ℃, ×10⁹/L, 毫摩尔/升). A spelling that is not listed
 * here is unknown: it is never guessed at.
 */
final class Units {

  static final Unit G_PER_L = Unit.of("g/L", MASS_CONCENTRATION, "1");
  static final Unit G_PER_DL = Unit.of("g/dL", MASS_CONCENTRATION, "10");
  static final Unit MG_PER_DL = Unit.of("mg/dL", MASS_CONCENTRATION, "0.01");
  static final Unit MG_PER_L = Unit.of("mg/L", MASS_CONCENTRATION, "0.001");

  static final Unit MMOL_PER_L = Unit.of("mmol/L", SUBSTANCE_CONCENTRATION, "0.001");
  static final Unit UMOL_PER_L = Unit.of("umol/L", SUBSTANCE_CONCENTRATION, "0.000001");
  static final Unit PMOL_PER_L = Unit.of("pmol/L", SUBSTANCE_CONCENTRATION, "1E-12");

  static final Unit MEQ_PER_L = Unit.of("meq/L", EQUIVALENT_CONCENTRATION, "0.001");

  static final Unit U_PER_L = Unit.of("U/L", CATALYTIC_CONCENTRATION, "1");
  // 1 U = 1 µmol/min and 1 kat = 1 mol/s, so 1 µkat = 60 U exactly (IFCC/IUPAC definitions).
  static final Unit UKAT_PER_L = Unit.of("ukat/L", CATALYTIC_CONCENTRATION, "60");

  static final Unit MIU_PER_L = Unit.of("m[IU]/L", ARBITRARY_CONCENTRATION, "0.001");
  // 1 µIU/mL = 10⁻⁶ IU per 10⁻³ L = 1 mIU/L.
  static final Unit UIU_PER_ML = Unit.of("u[IU]/mL", ARBITRARY_CONCENTRATION, "0.001");

  static final Unit PER_NL = Unit.of("10*9/L", NUMBER_CONCENTRATION, "1E9");
  static final Unit THOUSAND_PER_UL = Unit.of("10*3/uL", NUMBER_CONCENTRATION, "1E9");
  static final Unit PER_PL = Unit.of("10*12/L", NUMBER_CONCENTRATION, "1E12");
  static final Unit MILLION_PER_UL = Unit.of("10*6/uL", NUMBER_CONCENTRATION, "1E12");

  static final Unit PERCENT = Unit.of("%", FRACTION, "0.01");
  static final Unit LITRE_PER_LITRE = Unit.of("L/L", FRACTION, "1");

  static final Unit MMOL_PER_MOL = Unit.of("mmol/mol", SUBSTANCE_FRACTION, "0.001");

  static final Unit METRE = Unit.of("m", LENGTH, "1");
  static final Unit CENTIMETRE = Unit.of("cm", LENGTH, "0.01");
  static final Unit MILLIMETRE = Unit.of("mm", LENGTH, "0.001");
  // International inch = 2.54 cm exactly (international yard and pound agreement, 1959).
  static final Unit INCH = Unit.of("[in_i]", LENGTH, "0.0254");

  static final Unit KILOGRAM = Unit.of("kg", MASS, "1");
  static final Unit GRAM = Unit.of("g", MASS, "0.001");
  // Avoirdupois pound = 0.45359237 kg exactly (international yard and pound agreement, 1959).
  static final Unit POUND = Unit.of("[lb_av]", MASS, "0.45359237");

  // Base is the pascal. UCUM defines m[Hg] as 133.3220 kPa, so mm[Hg] = 133.3220 Pa
  // (1 kPa = 7.50062 mmHg).
  static final Unit MM_HG = Unit.of("mm[Hg]", PRESSURE, "133.3220");
  static final Unit KILOPASCAL = Unit.of("kPa", PRESSURE, "1000");

  static final Unit CELSIUS = Unit.of("Cel", TEMPERATURE, "1");
  // °C = (°F − 32) × 5/9, by the definitions of both scales (UCUM [degF]).
  static final Unit FAHRENHEIT =
      new Unit(
          "[degF]", TEMPERATURE, new BigDecimal("-32"), new BigDecimal("5"), new BigDecimal("9"));

  static final Unit KG_PER_M2 = Unit.of("kg/m2", AREA_DENSITY, "1");

  static final Unit PER_MINUTE = Unit.of("/min", RATE, "1");

  static final Unit ML_PER_MIN_173 = Unit.of("mL/min/{1.73_m2}", FILTRATION_RATE, "1");

  // Declared before the spellings below, which use them as the class initialises.
  private static final Pattern POWER_OF_TEN = Pattern.compile("10(?:\\^|\\*\\*|\\*|[eE])(\\d+)");
  private static final Pattern TIMES_BEFORE_POWER = Pattern.compile("^[×xX*](?=10\\*)");
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private static final Map<String, Unit> BY_SPELLING = new HashMap<>();

  static {
    spell(G_PER_L, "g/L", "克/升");
    spell(G_PER_DL, "g/dL", "克/分升");
    spell(MG_PER_DL, "mg/dL", "mg%", "毫克/分升");
    spell(MG_PER_L, "mg/L", "毫克/升");
    spell(MMOL_PER_L, "mmol/L", "毫摩尔/升");
    spell(UMOL_PER_L, "umol/L", "\u00b5mol/L", "\u03bcmol/L", "微摩尔/升");
    spell(PMOL_PER_L, "pmol/L", "皮摩尔/升");
    spell(MEQ_PER_L, "meq/L", "mEq/L", "毫当量/升");
    spell(U_PER_L, "U/L", "IU/L", "单位/升");
    spell(UKAT_PER_L, "ukat/L", "\u00b5kat/L");
    spell(MIU_PER_L, "m[IU]/L", "mIU/L", "mU/L", "毫国际单位/升");
    spell(UIU_PER_ML, "u[IU]/mL", "uIU/mL", "\u00b5IU/mL", "uU/mL", "\u00b5U/mL", "微国际单位/毫升");
    spell(PER_NL, "10*9/L", "10^9/L", "×10⁹/L", "x10E9/L", "/nL");
    spell(THOUSAND_PER_UL, "10*3/uL", "10*3/mm3", "K/uL", "×10³/µL");
    spell(PER_PL, "10*12/L", "10^12/L", "×10¹²/L", "/pL");
    spell(MILLION_PER_UL, "10*6/uL", "10*6/mm3", "M/uL", "×10⁶/µL");
    spell(PERCENT, "%");
    spell(LITRE_PER_LITRE, "L/L");
    spell(MMOL_PER_MOL, "mmol/mol");
    spell(METRE, "m", "米");
    spell(CENTIMETRE, "cm", "厘米", "公分");
    spell(MILLIMETRE, "mm", "毫米");
    spell(INCH, "[in_i]", "in", "inch", "inches", "英寸");
    spell(KILOGRAM, "kg", "公斤", "千克");
    spell(GRAM, "g", "克");
    spell(POUND, "[lb_av]", "lb", "lbs", "pound", "pounds", "磅");
    spell(MM_HG, "mm[Hg]", "mmHg", "毫米汞柱");
    spell(KILOPASCAL, "kPa", "千帕");
    spell(CELSIUS, "Cel", "°C", "℃", "degC", "摄氏度");
    spell(FAHRENHEIT, "[degF]", "°F", "℉", "degF", "华氏度");
    spell(KG_PER_M2, "kg/m2", "kg/m²", "千克/平方米");
    spell(PER_MINUTE, "/min", "{beats}/min", "1/min", "bpm", "beats/min", "次/分", "次/分钟");
    spell(
        ML_PER_MIN_173,
        "mL/min/{1.73_m2}",
        "mL/min/1.73m2",
        "mL/min/1.73m²",
        "mL/(min·1.73m2)",
        "mL/min/1.73㎡");
  }

  private Units() {}

  /** The unit a sender wrote, or empty when the spelling is not one the catalogue knows. */
  static Optional<Unit> parse(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_SPELLING.get(key(written)));
  }

  /**
   * Folds the harmless differences between spellings: letter case, spaces, full-width characters
   * (NFKC), the micro sign against the Greek mu, superscript exponents and the ways of writing a
   * power of ten (10^9, 10E9, ×10⁹, 10*9).
   */
  static String key(String written) {
    String s = Normalizer.normalize(superscriptsAsExponents(written), Normalizer.Form.NFKC);
    // NFKC turns the micro sign (U+00B5) into the Greek mu (U+03BC); UCUM writes both as u.
    s = s.replace('\u03bc', 'u');
    s = s.replaceAll("[\\s\\p{Z}]+", "");
    s = POWER_OF_TEN.matcher(s).replaceAll("10*$1");
    s = TIMES_BEFORE_POWER.matcher(s).replaceFirst("");
    s = s.replace("^", "");
    return s.toLowerCase(Locale.ROOT);
  }

  // Superscripts are turned into ^digits before NFKC, which would fold 10⁹ into 109.
  private static String superscriptsAsExponents(String written) {
    StringBuilder out = new StringBuilder(written.length() + 4);
    boolean inExponent = false;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      int digit = SUPERSCRIPT_DIGITS.indexOf(c);
      if (digit >= 0) {
        if (!inExponent) {
          out.append('^');
        }
        out.append((char) ('0' + digit));
        inExponent = true;
      } else {
        out.append(c);
        inExponent = false;
      }
    }
    return out.toString();
  }

  private static void spell(Unit unit, String... spellings) {
    for (String spelling : spellings) {
      Unit previous = BY_SPELLING.put(key(spelling), unit);
      // Case folding must never make two different units one (G/L is giga per litre in France).
      if (previous != null && previous != unit) {
        throw new IllegalStateException(
            "spelling " + spelling + " would mean both " + previous.code() + " and " + unit.code());
      }
    }
  }
}
