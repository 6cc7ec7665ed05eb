package health.journey.benchmark.population;

import health.journey.api.PatientId;
import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentGrant;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.GiveConsent;
import health.journey.api.consent.WithdrawConsent;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.ChangeLifecycleStage;
import health.journey.api.patient.DrinkingStatus;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Lifestyle;
import health.journey.api.patient.OpenCard;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.patient.UpdateHealthRecord;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.tagging.ApplyTag;
import health.journey.api.tagging.RemoveTag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible synthetic population of a health-management centre: for a seed and an index,
 * always the same person (Chinese name, mobile number, valid resident ID number, age and sex drawn
 * from plausible distributions) and the same journey: about twenty events of card with consents,
 * health-record updates, tags, lifecycle moves and consent changes, then the person's exams (see
 * {@link ExamHistory}): yearly reports of thirty indicators, screener answers and bookings.
 */
public final class Population {

  /** Tags the population carries; the read benchmark filters by them. */
  public static final List<String> COMMON_TAGS =
      List.of("hypertension", "BMI ≥ 28", "smoker", "hyperlipidemia", "fatty liver", "elderly");

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡",
    "蒋", "余", "欧阳", "司马"
  };
  // roughly the surname frequencies of the mainland population (per mille, for the surnames above)
  private static final int[] SURNAME_WEIGHTS = {
    74, 72, 69, 54, 45, 32, 22, 20, 20, 19, 18, 15, 13, 13, 12, 11, 11, 11, 10, 10, 10, 8, 7, 7, 6,
    6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1
  };
  private static final String GIVEN_FEMALE = "丽娜敏静秀英芳燕玲婷雪梅兰红霞洁琳颖慧晶倩月";
  private static final String GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健";
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
        "155", "156",
    "157", "158", "159", "166", "173", "177", "180", "181", "182", "185", "186", "187", "188",
        "189", "199"
  };
  private static final String[] REGIONS = {
    "110105", "110108", "310104", "310115", "440106", "440305", "330106", "510107", "420106",
    "320102", "610113", "370202", "210102", "500103", "120101", "350203"
  };
  private static final int[] AGE_BANDS = {18, 30, 40, 50, 60, 70, 86};
  private static final int[] AGE_WEIGHTS = {15, 22, 22, 20, 13, 8};
  private static final String[] OTHER_TAGS = {
    "diabetes",
    "thyroid nodule",
    "VIP",
    "corporate",
    "post-discharge",
    "no revisit in 90 days",
    "osteoporosis",
    "insomnia",
    "gout",
    "family history: cardiac"
  };
  private static final String[] CONDITIONS = {
    "hypertension", "type 2 diabetes", "hyperlipidemia", "coronary heart disease", "asthma", "gout"
  };
  private static final String[] MEDICATIONS = {
    "amlodipine 5 mg daily",
    "metformin 500 mg twice daily",
    "atorvastatin 20 mg nightly",
    "aspirin 100 mg daily"
  };

  /** Yearly exam reports a person has on average, unless told otherwise. */
  public static final int DEFAULT_REPORTS_PER_PATIENT = 4;

  private final long seed;
  private final LocalDate today;
  private final Instant start;
  private final ExamHistory exams;

  /**
   * @param reportsPerPatient the yearly exam reports a person has on average: each has one fewer to
   *     one more than this (at least one); 0 for none
   */
  public Population(long seed, LocalDate today, int reportsPerPatient) {
    if (reportsPerPatient < 0) {
      throw new IllegalArgumentException("reports per patient cannot be negative");
    }
    this.seed = seed;
    this.today = today;
    this.exams = new ExamHistory(seed, today, reportsPerPatient);
    // A journey spans at most about 900 days; starting three years back keeps every step in the
    // past.
    this.start = today.minusYears(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  /**
   * The id of the {@code index}-th person of this population (the same for every run with this
   * seed).
   */
  public PatientId patientId(int index) {
    return PatientId.fromSource("benchmark-" + seed, Integer.toString(index));
  }

  /** What is defined once before anyone's journey: the exam packages on offer. */
  public List<Object> catalogue() {
    return ExamHistory.definePackages(start);
  }

  /** The {@code index}-th person's journey: the card opening first, then the rest in order. */
  public List<Object> journey(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    PatientId id = patientId(index);
    String subject = id.toString();
    Sex sex = random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE;
    int age = age(random);
    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
    Instant at =
        start
            .plus(random.nextInt(300), ChronoUnit.DAYS)
            .plus(random.nextInt(36_000), ChronoUnit.SECONDS);

    List<Object> commands = new ArrayList<>();
    List<ConsentGrant> consents = new ArrayList<>();
    Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
    grant(random, 97, ConsentPurpose.DATA_PROCESSING, "dp-2025-01", consents, given);
    grant(random, 80, ConsentPurpose.FOLLOW_UP_CONTACT, "fu-2025-01", consents, given);
    grant(random, 30, ConsentPurpose.MARKETING, "mk-2025-06", consents, given);
    grant(random, 40, ConsentPurpose.CALL_RECORDING, "cr-2025-01", consents, given);
    grant(random, 8, ConsentPurpose.CASE_SHARING, "cs-2025-01", consents, given);
    LifecycleStage stage = pick(random, LifecycleStage.values(), new int[] {40, 30, 25, 5});
    commands.add(
        new OpenCard(
            id,
            String.format("BM%d%08d", seed % 100, index),
            pick(random, CardTier.values(), new int[] {60, 25, 12, 3}),
            pick(random, EnrolmentChannel.values(), new int[] {20, 10, 18, 12, 5, 8, 15, 7, 3, 2}),
            PersonalData.of(subject, PersonalDataKind.NAME, name(random, sex)),
            PersonalData.of(subject, PersonalDataKind.PHONE, phone(random)),
            PersonalData.of(subject, PersonalDataKind.ID_NUMBER, idNumber(random, birth, sex)),
            sex,
            birth,
            stage,
            consents,
            at));

    // body and habits
    boolean male = sex == Sex.MALE;
    double height = gaussian(random, male ? 170 : 158, 6, 145, 195);
    double bmi = gaussian(random, 24 + (age > 45 ? 1 : 0), 3.5, 16, 40);
    boolean smoker = random.nextInt(100) < (male ? 45 : 3);
    Set<String> tags = new LinkedHashSet<>();
    if (bmi >= 28) {
      tags.add("BMI ≥ 28");
    }
    if (smoker) {
      tags.add("smoker");
    }
    if (age >= 60) {
      tags.add("elderly");
    }
    if (random.nextInt(100) < Math.min(60, age)) {
      tags.add("hypertension");
    }
    if (random.nextInt(100) < 25) {
      tags.add("hyperlipidemia");
    }
    if (random.nextInt(100) < 20) {
      tags.add("fatty liver");
    }
    int tagCount = 5 + random.nextInt(3);
    while (tags.size() < tagCount) {
      tags.add(OTHER_TAGS[random.nextInt(OTHER_TAGS.length)]);
    }

    int updates = 6 + random.nextInt(3);
    for (int u = 0; u < updates; u++) {
      at = at.plus(7 + random.nextInt(60), ChronoUnit.DAYS);
      double weight = bmi * (height / 100) * (height / 100) * (1 + (random.nextGaussian() * 0.02));
      List<String> history =
          age > 50 && u == 0 ? List.of(CONDITIONS[random.nextInt(CONDITIONS.length)]) : null;
      commands.add(
          new UpdateHealthRecord(
              id,
              u == 0
                  ? PersonalData.of(
                      subject,
                      PersonalDataKind.ADDRESS,
                      "北京市海淀区学院路" + (1 + random.nextInt(300)) + "号")
                  : null,
              history,
              u == 1 && random.nextInt(100) < 30 ? List.of("hypertension (father)") : null,
              u == 0 && random.nextInt(100) < 10 ? List.of("penicillin") : null,
              u == 2 && age > 50 ? List.of(MEDICATIONS[random.nextInt(MEDICATIONS.length)]) : null,
              u == 0
                  ? new Lifestyle(
                      smoker ? SmokingStatus.CURRENT : SmokingStatus.NEVER,
                      smoker ? 5 + random.nextInt(20) : null,
                      pick(random, DrinkingStatus.values(), new int[] {35, 10, 35, 15, 5}),
                      random.nextInt(400),
                      BigDecimal.valueOf(5 + random.nextInt(5)))
                  : null,
              new BodyMeasurements(
                  decimal(height),
                  decimal(weight),
                  decimal(gaussian(random, male ? 88 : 80, 9, 55, 140)),
                  LocalDate.ofInstant(at, java.time.ZoneOffset.UTC)),
              u == updates - 1
                  ? PersonalData.of(subject, PersonalDataKind.FREE_TEXT, "复查结果已告知")
                  : null,
              at));
      if (u == 1) {
        for (String tag : tags) {
          at = at.plus(1, ChronoUnit.HOURS);
          commands.add(new ApplyTag(id, tag, text(subject, "体检结果"), at));
        }
      }
    }
    if (random.nextInt(100) < 60) {
      String removed = tags.iterator().next();
      commands.add(new RemoveTag(id, removed, text(subject, "复查正常"), at.plus(2, ChronoUnit.DAYS)));
    }
    LifecycleStage next = stage;
    for (int move = 0; move < 1 + random.nextInt(2) && next != LifecycleStage.RECOVERY; move++) {
      next = LifecycleStage.values()[next.ordinal() + 1];
      at = at.plus(30, ChronoUnit.DAYS);
      commands.add(new ChangeLifecycleStage(id, next, text(subject, "复诊评估"), at));
    }
    if (given.contains(ConsentPurpose.MARKETING) && random.nextInt(100) < 40) {
      commands.add(
          new WithdrawConsent(
              id,
              ConsentPurpose.MARKETING,
              ConsentChannel.WECHAT,
              text(subject, "不需要推送"),
              at.plus(3, ChronoUnit.DAYS)));
    }
    if (given.contains(ConsentPurpose.DATA_PROCESSING) && random.nextInt(100) < 90) {
      commands.add(
          new GiveConsent(
              id,
              ConsentPurpose.DATA_PROCESSING,
              ConsentChannel.APP,
              "dp-2026-01",
              at.plus(10, ChronoUnit.DAYS)));
    }
    if (!given.contains(ConsentPurpose.FOLLOW_UP_CONTACT)) {
      commands.add(
          new GiveConsent(
              id,
              ConsentPurpose.FOLLOW_UP_CONTACT,
              ConsentChannel.APP,
              "fu-2025-01",
              at.plus(5, ChronoUnit.DAYS)));
    }
    // drawn from a generator of their own, so that the journey above stays what it was
    commands.addAll(
        exams.commands(new Random(~(seed * 1_000_003L + index)), index, id, sex, age, height, bmi));
    return commands;
  }

  private static void grant(
      Random random,
      int percent,
      ConsentPurpose purpose,
      String wording,
      List<ConsentGrant> consents,
      Set<ConsentPurpose> given) {
    if (random.nextInt(100) < percent) {
      consents.add(new ConsentGrant(purpose, ConsentChannel.PAPER_FORM, wording));
      given.add(purpose);
    }
  }

  private static PersonalData text(String subject, String value) {
    return PersonalData.of(subject, PersonalDataKind.FREE_TEXT, value);
  }

  private static int age(Random random) {
    int band = pickIndex(random, AGE_WEIGHTS);
    return AGE_BANDS[band] + random.nextInt(AGE_BANDS[band + 1] - AGE_BANDS[band]);
  }

  static String name(Random random, Sex sex) {
    String surname = SURNAMES[pickIndex(random, SURNAME_WEIGHTS)];
    String pool = sex == Sex.FEMALE ? GIVEN_FEMALE : GIVEN_MALE;
    StringBuilder name = new StringBuilder(surname);
    int length = random.nextInt(100) < 70 ? 2 : 1;
    for (int i = 0; i < length; i++) {
      name.append(pool.charAt(random.nextInt(pool.length())));
    }
    return name.toString();
  }

  static String phone(Random random) {
    return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
        + String.format("%08d", random.nextInt(100_000_000));
  }

  /** A resident ID number with a valid check digit, agreeing with the birth date and sex. */
  static String idNumber(Random random, LocalDate birth, Sex sex) {
    int order = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
    String first17 =
        REGIONS[random.nextInt(REGIONS.length)]
            + String.format(
                "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + String.format("%03d", order);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static double gaussian(Random random, double mean, double sd, double min, double max) {
    return Math.max(min, Math.min(max, mean + random.nextGaussian() * sd));
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  private static <T> T pick(Random random, T[] values, int[] weights) {
    return values[pickIndex(random, weights)];
  }

  private static int pickIndex(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
