/**
 * A command-line tool that counts an election file: a Pabulib {@code .pb} by its own rule label or
 * a chosen one, an ABIF or PrefLib file by every ranked or rated method Sanshe has, printing the
 * outcome with its explanation as text or JSON. See {@link org.sanshe.examples.count.Count}.
 */
package org.sanshe.examples.count;
