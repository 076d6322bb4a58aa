package org.guanai.registry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.util.Set;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.account.AccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/** The module and feature boundaries of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    static JavaClasses core;
    static JavaClasses web;
    static JavaClasses all;

    @BeforeAll
    static void importClasses() throws URISyntaxException {
        core = importFrom(AccountService.class);
        web = importFrom(RegistryApplication.class);
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.guanai.registry");
    }

    private static JavaClasses importFrom(Class<?> anyClassOfTheModule) throws URISyntaxException {
        Location location = Location.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new ClassFileImporter().importLocations(Set.of(location));
    }

    @Test
    void coreKnowsNothingOfTheWebOrOfPoi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.ui..", "org.springframework.security.web..", "jakarta.servlet..",
                        "org.thymeleaf..", "org.apache.poi..", "org.guanai.registry.security..")
                .check(core);
    }

    @Test
    void onlyTheReportsModuleSeesPoi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(web);
    }

    /**
     * No cycle among the feature packages, merged across the modules by name as the runtime sees them: a feature
     * depends on the ones below it, never back (docs/architecture.md, "Packages").
     */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.guanai.registry.(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void controllersUseServicesNotRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class).check(all);
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnFeature() {
        noClasses().should(useARepositoryOfAnotherFeature()).check(all);
    }

    private static ArchCondition<JavaClass> useARepositoryOfAnotherFeature() {
        return new ArchCondition<>("use a repository of another feature package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().isAssignableTo(Repository.class)
                                // a shared base a feature's repository extends (person.PersonRepository) is no repository
                                && !d.getTargetClass().isAnnotatedWith(NoRepositoryBean.class)
                                && d.getTargetClass().getPackageName().startsWith("org.guanai.registry")
                                && !d.getTargetClass().getPackageName().equals(item.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
