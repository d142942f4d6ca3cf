package dev.sivi4j.transport.httpclient;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.sivi4j.arch.ArchitectureRules;

/** The HttpClient transport's main classes obey every shared architecture rule. */
@AnalyzeClasses(packages = "dev.sivi4j.transport.httpclient", importOptions = ImportOption.DoNotIncludeTests.class)
class HttpClientArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);
}
