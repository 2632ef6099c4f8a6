package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.memory.InMemoryProjects;
import org.sanshe.core.registry.project.Projects;

/** The in-memory store keeps the {@link Projects} contract. */
class MemoryProjectsContractTest extends ProjectsContract {

  @Override
  protected Projects newStore() {
    return new InMemoryProjects();
  }

  @Override
  protected Projects reopen(Projects store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Projects> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryProjects(outbox), outbox);
  }
}
