/**
 * Needs and public-welfare projects: {@link org.sanshe.core.registry.project.Need}s from the
 * collection channels aggregated into {@link org.sanshe.core.registry.project.ServiceList}s per
 * street and district; the {@link org.sanshe.core.registry.project.Project} aggregate with its
 * review and evaluation lifecycle, expert scores and funding; and the budget policies ({@link
 * org.sanshe.core.registry.project.ProjectBasedOperationPolicy}, {@link
 * org.sanshe.core.registry.project.ServiceSpacePolicy}).
 */
package org.sanshe.core.registry.project;
