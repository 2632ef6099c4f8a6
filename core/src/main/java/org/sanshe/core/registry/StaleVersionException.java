package org.sanshe.core.registry;

/**
 * A write was based on a version that another writer has replaced in the meantime (optimistic
 * locking): reload, re-apply the command and save again. Codes {@code
 * ORGANIZATION_VERSION_CONFLICT}, {@code WORKER_VERSION_CONFLICT} or {@code
 * PROJECT_VERSION_CONFLICT}. Immutable.
 */
public class StaleVersionException extends RegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the area's version-conflict code
   * @param id the aggregate's id
   * @param readVersion the version the writer read
   * @param currentVersion the version stored now
   */
  public StaleVersionException(
      RegistryError errorCode, Object id, long readVersion, long currentVersion) {
    super(errorCode, id, readVersion, currentVersion);
  }
}
