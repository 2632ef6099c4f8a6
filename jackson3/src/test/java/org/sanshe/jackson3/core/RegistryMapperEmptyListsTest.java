package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import tools.jackson.databind.ObjectMapper;

/** The registry's storage mapper leaves empty lists out when writing; they read back as empty. */
class RegistryMapperEmptyListsTest {

  @Test
  void a_programme_without_calls_reads_back_through_the_registry_mapper() throws Exception {
    ObjectMapper mapper = RegistryJson.mapper();
    Programme p =
        Programme.launch(
            ProgrammeId.of("prg-1"),
            "公益创投",
            "区民政局",
            2026,
            ProgrammeKind.VENTURE_PHILANTHROPY,
            Money.ofYuan(1_000),
            new Eligibility(Set.of(ServiceDomain.ELDERLY_CARE), Optional.empty(), true),
            "officer-1",
            Instant.parse("2026-03-01T08:00:00Z"));
    String json = mapper.writeValueAsString(p);
    assertThat(json).doesNotContain("\"calls\"");
    Programme read = mapper.readValue(json, Programme.class);
    assertThat(read.snapshot()).isEqualTo(p.snapshot());
  }
}
