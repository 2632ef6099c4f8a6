/** JSON for satisfaction scoring: the Jackson module of its single-value types. */
package org.sanshe.core.satisfaction.json;
