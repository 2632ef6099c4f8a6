package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.Actors;
import org.sanshe.core.registry.organization.OrganizationEvent;
import org.sanshe.core.registry.worker.CommunityWorkerEvent;

/**
 * Registry events written before they named who acted read back as unrecorded; new ones keep it.
 */
class RegistryEventActorJsonTest {

  private final ObjectMapper mapper = RegistryJson.mapper();

  @Test
  void an_event_stored_without_an_actor_reads_back_as_unrecorded() throws Exception {
    OrganizationEvent.OrganizationRenamed old =
        mapper.readValue(
            "{\"organizationId\":\"org-1\",\"occurredAt\":\"2026-03-01T08:00:00Z\","
                + "\"formerName\":\"甲\",\"name\":\"乙\"}",
            OrganizationEvent.OrganizationRenamed.class);
    assertThat(old.actor()).isEqualTo(Actors.UNRECORDED);
    CommunityWorkerEvent.CommunityWorkerLeft left =
        mapper.readValue(
            "{\"workerId\":\"cw-1\",\"occurredAt\":\"2026-03-01T08:00:00Z\","
                + "\"leftOn\":\"2026-03-01\"}",
            CommunityWorkerEvent.CommunityWorkerLeft.class);
    assertThat(left.actor()).isEqualTo(Actors.UNRECORDED);
  }

  @Test
  void an_event_naming_its_actor_writes_and_reads_it() throws Exception {
    OrganizationEvent.OrganizationRenamed renamed =
        mapper.readValue(
            "{\"organizationId\":\"org-1\",\"occurredAt\":\"2026-03-01T08:00:00Z\","
                + "\"formerName\":\"甲\",\"name\":\"乙\",\"actor\":\"officer-7\"}",
            OrganizationEvent.OrganizationRenamed.class);
    assertThat(renamed.actor()).isEqualTo("officer-7");
    assertThat(mapper.writeValueAsString(renamed)).contains("\"actor\":\"officer-7\"");
  }
}
