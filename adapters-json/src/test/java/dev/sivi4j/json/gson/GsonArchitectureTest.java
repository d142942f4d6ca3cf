package dev.sivi4j.json.gson;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.sivi4j.arch.ArchitectureRules;

/** The Gson adapter's main classes obey every shared architecture rule. */
@AnalyzeClasses(packages = "dev.sivi4j.json.gson", importOptions = ImportOption.DoNotIncludeTests.class)
class GsonArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);
}
