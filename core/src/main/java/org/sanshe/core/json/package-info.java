/**
 * Jackson support for core types: the edge package where {@code com.fasterxml.jackson} may be used.
 */
package org.sanshe.core.json;
