/**
 * JSON for the registry: the Jackson module {@link
 * org.sanshe.core.registry.json.SansheRegistryModule} (snapshots of organizations, social workers,
 * projects and needs; ids, dates and money as strings) and {@link
 * org.sanshe.core.registry.json.RegistryJson} for streaming bulk import and export.
 */
package org.sanshe.core.registry.json;
