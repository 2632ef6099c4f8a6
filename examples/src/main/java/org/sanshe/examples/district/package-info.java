/**
 * The district scenario: one program walks 雨花台区 (Yuhuatai district, Nanjing) through a working
 * month, step by step, over the in-memory stores of every Sanshe module, and reports what each step
 * found as plain text or JSON. Time comes from a {@link org.sanshe.examples.district.ScenarioClock}
 * and ids from {@code IdSource.sequential}, so the report is the same on every run.
 */
package org.sanshe.examples.district;
