package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;
import static org.sanshe.jackson.fixture.OrganizationFixture.COMMUNITY;
import static org.sanshe.jackson.fixture.OrganizationFixture.STREET;
import static org.sanshe.jackson.fixture.OrganizationFixture.active;
import static org.sanshe.jackson.fixture.OrganizationFixture.filed;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectDraft;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.jackson.fixture.OrganizationFixture;

class RegistryJsonTest {

  private final ObjectMapper mapper = RegistryJson.mapper();

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  static Organization rich() {
    return active("o1", 1, LocalDate.of(2019, 1, 1))
        .submitAnnualReport(Year.of(2020), LocalDate.of(2021, 3, 1), CLOCK)
        .awardGrade(880, LocalDate.of(2021, 6, 1), EvaluationPolicy.preset(), CLOCK)
        .landIn(COMMUNITY, LocalDate.of(2022, 1, 1), CLOCK)
        .leave(COMMUNITY, LocalDate.of(2023, 1, 1), CLOCK)
        .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK)
        .assignHub(STREET, CLOCK)
        .joinFederation(new OrganizationId("fed"), CLOCK)
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION), CLOCK)
        .reportCertifiedWorkers(new CertifiedWorkers(2, 1, 0), CLOCK)
        .storedAs(9);
  }

  @Test
  void an_organization_snapshot_survives_a_json_round_trip() throws Exception {
    Organization o = rich();
    String json = mapper.writeValueAsString(o);
    assertThat(json)
        .contains("\"id\":\"o1\"")
        .contains("\"uscc\":\"" + o.uscc().orElseThrow() + "\"")
        .contains("\"grade\":\"4A\"")
        .contains("\"registeredOn\":\"2019-01-01\"")
        .doesNotContain("class")
        .doesNotContain("filingDivision");
    assertThat(roundTrip(o, Organization.class)).isEqualTo(o);
    Organization f = filed("f1").storedAs(1);
    assertThat(roundTrip(f, Organization.class)).isEqualTo(f);
  }

  @Test
  void social_workers_projects_and_needs_survive_a_json_round_trip() throws Exception {
    SocialWorker w =
        SocialWorker.record(
                new SocialWorkerId("w1"),
                "王芳",
                QualificationLevel.INTERMEDIATE,
                new CertificateNumber("ZJ2021001"),
                CLOCK)
            .employ(new OrganizationId("o1"), CLOCK)
            .assign(List.of(COMMUNITY), true, CLOCK)
            .storedAs(2);
    assertThat(roundTrip(w, SocialWorker.class)).isEqualTo(w);

    Project p =
        Project.draft(
                ProjectDraft.of(new ProjectId("p1"), "长者助餐", new OrganizationId("o1"))
                    .hostedBy(List.of(COMMUNITY))
                    .answering(List.of(new NeedId("n1"))),
                CLOCK)
            .fund(FundingSource.FISCAL, Money.ofYuan(120_000), CLOCK)
            .fund(FundingSource.FOUNDATION, Money.parse("30000.50"), CLOCK)
            .submit(CLOCK)
            .review(
                ReviewStage.APPROVAL,
                LocalDate.of(2025, 3, 1),
                List.of(
                    new ExpertScore("e1", 80),
                    new ExpertScore("e2", 70),
                    new ExpertScore("e3", 65)),
                ReviewPolicy.preset(),
                CLOCK)
            .storedAs(4);
    String json = mapper.writeValueAsString(p);
    assertThat(json)
        .contains("\"FISCAL\":{\"fen\":12000000,\"display\":\"120000.00\"}")
        .contains("\"FOUNDATION\":{\"fen\":3000050,\"display\":\"30000.50\"}");
    assertThat(roundTrip(p, Project.class)).isEqualTo(p);

    Need n =
        new Need(
            new NeedId("n1"),
            Channel.HOTLINE_12345,
            ServiceDomain.ELDERLY_CARE,
            COMMUNITY,
            LocalDate.of(2025, 1, 5),
            "独居老人助餐");
    assertThat(roundTrip(n, Need.class)).isEqualTo(n);
    String needJson = mapper.writeValueAsString(n);
    assertThat(needJson)
        .as("the preset's code, as the enum wrote it")
        .contains("\"channel\":\"HOTLINE_12345\"");
    assertThat(mapper.readValue(needJson.replace("HOTLINE_12345", "WECHAT"), Need.class).channel())
        .as("needs stored with the former WECHAT code")
        .isEqualTo(Channel.WECHAT_ACCOUNT);
    Need own =
        new Need(
            new NeedId("n2"),
            Channel.of("building-leader"),
            ServiceDomain.ELDERLY_CARE,
            COMMUNITY,
            LocalDate.of(2025, 1, 5),
            "楼栋长反映");
    assertThat(roundTrip(own, Need.class)).isEqualTo(own);
  }

  @Test
  void json_breaking_a_rule_fails_with_the_rule_code() {
    String filedWithUscc =
        "{\"id\":\"x\",\"name\":\"队\",\"legalForm\":\"COMMUNITY_SOCIAL_ORGANIZATION\",\"status\":\"FILED\","
            + "\"division\":\"320114001001\",\"uscc\":\""
            + OrganizationFixture.uscc('1', 3)
            + "\",\"filingDivision\":\"320114001\",\"filedOn\":\"2024-01-01\"}";
    assertThatThrownBy(() -> mapper.readValue(filedWithUscc, Organization.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e ->
                assertThat(org.sanshe.jackson.internal.Values.sansheCause(e).code())
                    .isEqualTo("ORGANIZATION_FILED_WITH_USCC"));
  }

  private static String array(List<Organization> organizations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegistryJson.writeOrganizations(RegistryJson.mapper(), organizations, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static OrganizationRegistry registry(InMemoryOrganizations store) {
    return OrganizationRegistry.builder(store, OrganizationFixture.divisions())
        .clock(CLOCK)
        .ids(IdSource.sequential("o"))
        .evaluation(EvaluationPolicy.preset())
        .listener(e -> {})
        .build();
  }

  @Test
  void a_good_array_is_imported_whole() {
    String json = array(List.of(rich(), active("o2", 2, LocalDate.of(2020, 1, 1)), filed("f1")));
    InMemoryOrganizations store = new InMemoryOrganizations();
    int n =
        RegistryJson.importOrganizations(
            mapper,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            registry(store));
    assertThat(n).isEqualTo(3);
    assertThat(store.find(new OrganizationId("o1")).orElseThrow().version()).isEqualTo(9);
    assertThat(store.hubOf(STREET)).isPresent();
  }

  @Test
  void a_bad_array_reports_every_bad_element_and_imports_nothing() {
    String good = array(List.of(active("o2", 2, LocalDate.of(2020, 1, 1))));
    String goodElement = good.substring(1, good.length() - 1);
    String duplicateUscc = goodElement.replace("\"o2\"", "\"o3\"");
    String unknownDivision =
        array(List.of(active("o4", 4, LocalDate.of(2020, 1, 1))))
            .replace("320114001001", "320114001099");
    unknownDivision = unknownDivision.substring(1, unknownDivision.length() - 1);
    String json =
        "["
            + goodElement
            + ",{\"id\":\"b1\",\"name\":\"x\",\"legalForm\":\"FOUNDATION\",\"status\":\"REGISTERED\",\"division\":\"320114001001\"}"
            + ",{\"id\":\"b2\",\"name\":\"x\",\"legalForm\":\"SOMETHING\",\"status\":\"ACTIVE\",\"division\":\"320114001001\"}"
            + ",{\"id\":\"b3\",\"name\":\"x\",\"legalForm\":\"FOUNDATION\",\"status\":\"ACTIVE\",\"division\":\"320114001001\",\"uscc\":\"53100000500019795B\",\"registeredOn\":\"2020-01-01\"}"
            + ","
            + duplicateUscc
            + ","
            + unknownDivision
            + ",{\"id\":\"b4\",\"name\":\"x\",\"legalForm\":\"FOUNDATION\",\"status\":\"ACTIVE\",\"division\":\"320114001001\",\"registeredOn\":\"2020-01-01\",\"uscc\":\""
            + OrganizationFixture.uscc('3', 77)
            + "\",\"nonsense\":1}"
            + "]";
    InMemoryOrganizations store = new InMemoryOrganizations();
    assertThatThrownBy(
            () ->
                RegistryJson.importOrganizations(
                    mapper,
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    registry(store)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::path, Problem::code)
                    .containsExactlyInAnyOrder(
                        tuple("[1]", "ORGANIZATION_REGISTERED_WITHOUT_USCC"),
                        tuple("[2]", "REGISTRY_JSON_INVALID"),
                        tuple("[3]", "USCC_CHECK_CHARACTER"),
                        tuple("[4]", "ORGANIZATION_USCC_DUPLICATE"),
                        tuple("[5]", "REGISTRY_DIVISION_UNKNOWN"),
                        tuple("[6]", "REGISTRY_JSON_INVALID")));
    assertThat(store.size()).isZero();
  }

  @Test
  void every_problem_has_a_message_in_both_languages() {
    String json =
        "[{\"id\":\"b1\",\"name\":\" \",\"legalForm\":\"FOUNDATION\",\"status\":\"ACTIVE\",\"division\":\"320114001001\"}, 5]";
    RegistryJson.Read<Organization> read =
        RegistryJson.readOrganizations(
            mapper, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(read.elements()).containsExactly(null, null);
    assertThat(read.problems().errors()).hasSize(2);
    for (Problem p : read.problems()) {
      assertThat(p.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{0}");
      assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
    }
    assertThat(read.problems().errors().get(0).code()).isEqualTo("ORGANIZATION_NAME_BLANK");
  }

  @Test
  void a_value_that_cannot_be_read_is_never_echoed_in_messages_arguments_or_causes() {
    String phone = "13812345678";
    String json =
        "[{\"id\":\"b1\",\"name\":\"x\",\"legalForm\":\"%s\",\"status\":\"ACTIVE\",\"division\":\"320114001001\"},"
            + "{\"id\":\"b2\",\"version\":%s000000000000,\"name\":\"x\",\"legalForm\":\"FOUNDATION\",\"status\":\"ACTIVE\",\"division\":\"320114001001\"},"
            + "{\"id\":x%s}]";
    RegistryJson.Read<Organization> read =
        RegistryJson.readOrganizations(
            mapper,
            new ByteArrayInputStream(
                json.formatted(phone, phone, phone).getBytes(StandardCharsets.UTF_8)));
    assertThat(read.problems().errors()).hasSizeGreaterThanOrEqualTo(2);
    for (Problem p : read.problems()) {
      assertThat(p.message(Locale.ENGLISH)).doesNotContain(phone);
      assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(phone);
      assertThat(String.valueOf(p.arguments())).doesNotContain(phone);
      assertThat(p.toString()).doesNotContain(phone);
    }
  }

  @Test
  void broken_json_is_reported_not_thrown_raw() {
    RegistryJson.Read<Organization> read =
        RegistryJson.readOrganizations(
            mapper, new ByteArrayInputStream("[{\"id\":".getBytes(StandardCharsets.UTF_8)));
    assertThat(read.problems().errors())
        .extracting(Problem::code)
        .containsExactly("REGISTRY_JSON_INVALID");
    RegistryJson.Read<Organization> notArray =
        RegistryJson.readOrganizations(
            mapper, new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(notArray.problems().hasErrors()).isTrue();
  }

  @Test
  void the_module_is_found_through_the_service_loader() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds())
        .contains(
            SansheCoreModule.class.getName(),
            "org.sanshe.jackson.timebank.SansheTimeBankModule",
            "org.sanshe.jackson.deliberation.SansheDeliberationModule");
  }
}
