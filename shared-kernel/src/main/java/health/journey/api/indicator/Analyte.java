package health.journey.api.indicator;

import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One lab or body-measurement indicator of the catalogue: its LOINC codes, its names, the canonical
 * unit every value is stored in, how values in other units convert to it, and its adult reference
 * ranges. Instances are the constants of {@link Indicators}.
 */
public final class Analyte {

  /** Reference ranges here are adult ranges; younger people get no flag. */
  static final int ADULT_AGE = 18;

  private final String id;
  private final String nameZh;
  private final String nameEn;
  private final List<String> loincCodes;
  private final Unit canonical;
  private final int scale;
  private final List<Bridge> bridges;
  private final List<ReferenceRange> ranges;
  private final CriticalLimits critical;

  private Analyte(Builder b) {
    this.id = b.id;
    this.nameZh = b.nameZh;
    this.nameEn = b.nameEn;
    this.loincCodes = List.copyOf(b.loincCodes);
    this.canonical = b.canonical;
    this.scale = b.scale;
    this.bridges = List.copyOf(b.bridges);
    this.ranges = List.copyOf(b.ranges);
    this.critical = b.critical;
    if (loincCodes.isEmpty()) {
      throw new IllegalStateException(id + " has no LOINC code");
    }
    for (Bridge bridge : bridges) {
      if (bridge.to().dimension() != canonical.dimension()) {
        throw new IllegalStateException(id + ": a bridge must lead to the canonical kind");
      }
    }
  }

  /** Stable key of the analyte, safe to store (e.g. {@code FASTING_GLUCOSE}). */
  public String id() {
    return id;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The LOINC codes that mean this analyte; the first is the main one. */
  public List<String> loincCodes() {
    return loincCodes;
  }

  public String primaryLoinc() {
    return loincCodes.get(0);
  }

  /** The canonical unit as a UCUM code (e.g. {@code mmol/L}, {@code umol/L}, {@code mm[Hg]}). */
  public String canonicalUnit() {
    return canonical.code();
  }

  /** Decimal places of a converted value (values already in the canonical unit keep theirs). */
  public int scale() {
    return scale;
  }

  /** The adult reference ranges, by sex and age band where the source splits them. */
  public List<ReferenceRange> referenceRanges() {
    return ranges;
  }

  public Optional<CriticalLimits> criticalLimits() {
    return Optional.ofNullable(critical);
  }

  /**
   * Converts a value written in {@code unit} to the canonical unit. A value already in the
   * canonical unit (under any spelling, or in a unit of the same size such as IU/L for U/L) comes
   * back unchanged; a converted value is rounded half-up to {@link #scale()}. The caller keeps the
   * original value and unit beside the result.
   *
   * @throws UnitNotAccepted when the unit is unknown or cannot be converted for this analyte
   */
  public BigDecimal convert(BigDecimal value, String unit) {
    Objects.requireNonNull(value, "value");
    Unit from = Units.parse(unit).orElseThrow(() -> UnitNotAccepted.unknown(unit, this));
    if (from.sameScaleAs(canonical)) {
      return value;
    }
    BigDecimal canonicalValue;
    if (from.dimension() == canonical.dimension()) {
      canonicalValue = canonical.fromBase(from.toBase(value));
    } else {
      Bridge bridge =
          bridges.stream()
              .filter(b -> b.from().dimension() == from.dimension())
              .findFirst()
              .orElseThrow(() -> UnitNotAccepted.incompatible(unit, from, this));
      BigDecimal inBridgeUnit = bridge.from().fromBase(from.toBase(value));
      BigDecimal bridged = bridge.apply(inBridgeUnit);
      canonicalValue = canonical.fromBase(bridge.to().toBase(bridged));
    }
    return canonicalValue.setScale(scale, RoundingMode.HALF_UP);
  }

  /** {@link #flag(BigDecimal, Sex, Integer)} for an adult of unknown age. */
  public Optional<Flag> flag(BigDecimal canonicalValue, Sex sex) {
    return flag(canonicalValue, sex, null);
  }

  /**
   * Flags a value in the canonical unit. Critical limits are checked first. Otherwise every
   * reference range that could apply (both sexes when the sex is unknown, every age band when the
   * age is unknown) must give the same flag; when they disagree, or none applies (no range, under
   * 18, outside the published age bands), the flag is empty rather than a guess.
   *
   * @param sex null, {@link Sex#UNKNOWN} or {@link Sex#UNSPECIFIED} when not known
   * @param ageYears null when not known
   */
  public Optional<Flag> flag(BigDecimal canonicalValue, Sex sex, Integer ageYears) {
    Objects.requireNonNull(canonicalValue, "canonicalValue");
    if (ageYears != null && ageYears < ADULT_AGE) {
      return Optional.empty();
    }
    if (critical != null) {
      Flag criticalFlag = critical.classify(canonicalValue);
      if (criticalFlag != null) {
        return Optional.of(criticalFlag);
      }
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    for (ReferenceRange range : ranges) {
      if (range.couldApplyTo(sex, ageYears)) {
        flags.add(range.classify(canonicalValue));
      }
    }
    return flags.size() == 1 ? Optional.of(flags.iterator().next()) : Optional.empty();
  }

  @Override
  public String toString() {
    return id + " " + nameZh + " (" + canonical.code() + ")";
  }

  static Builder builder(String id, String nameZh, String nameEn, Unit canonical, int scale) {
    return new Builder(id, nameZh, nameEn, canonical, scale);
  }

  /** Assembles an analyte; used by {@link Indicators} only. */
  static final class Builder {
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final Unit canonical;
    private final int scale;
    private final List<String> loincCodes = new ArrayList<>();
    private final List<Bridge> bridges = new ArrayList<>();
    private final List<ReferenceRange> ranges = new ArrayList<>();
    private CriticalLimits critical;

    private Builder(String id, String nameZh, String nameEn, Unit canonical, int scale) {
      this.id = id;
      this.nameZh = nameZh;
      this.nameEn = nameEn;
      this.canonical = canonical;
      this.scale = scale;
    }

    Builder loinc(String... codes) {
      loincCodes.addAll(List.of(codes));
      return this;
    }

    Builder bridge(Bridge bridge) {
      bridges.add(bridge);
      return this;
    }

    Builder range(ReferenceRange range) {
      ranges.add(range);
      return this;
    }

    Builder critical(CriticalLimits limits) {
      critical = limits;
      return this;
    }

    Analyte build() {
      return new Analyte(this);
    }
  }
}
