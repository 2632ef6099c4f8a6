package org.sanshe.deliberation.affairs.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationCases;

/**
 * Escalation cases kept in memory. Thread-safe (synchronized); it hands out the stored aggregates
 * themselves, so callers serialize commands on one case.
 */
public final class InMemoryEscalationCases implements EscalationCases {

  private final Map<CaseId, EscalationCase> byId = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryEscalationCases() {}

  @Override
  public synchronized void add(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    boolean openForMatter =
        byId.values().stream()
            .anyMatch(c -> !c.isClosed() && c.matter().equals(escalationCase.matter()));
    if (byId.containsKey(escalationCase.id()) || openForMatter) {
      throw new AffairsException(AffairsError.ESCALATION_CASE_DUPLICATE, escalationCase.matter());
    }
    byId.put(escalationCase.id(), escalationCase);
  }

  @Override
  public synchronized void update(EscalationCase escalationCase) {
    Objects.requireNonNull(escalationCase, "escalationCase");
    if (!byId.containsKey(escalationCase.id())) {
      throw new AffairsException(AffairsError.ESCALATION_CASE_UNKNOWN, escalationCase.id());
    }
    byId.put(escalationCase.id(), escalationCase);
  }

  @Override
  public synchronized Optional<EscalationCase> find(CaseId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<EscalationCase> open() {
    return byId.values().stream().filter(c -> !c.isClosed()).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryEscalationCases[" + byId.size() + "]";
  }
}
