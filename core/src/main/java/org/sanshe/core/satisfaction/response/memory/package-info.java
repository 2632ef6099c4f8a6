/** An in-memory implementation of the {@code Responses} port. */
package org.sanshe.core.satisfaction.response.memory;
