package org.spyglass.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.spyglass.core.module.ArtifactModule;

class ModuleRegistrationTest {

    @Test
    void registersEveryIosModuleOnceUnderAUniqueName() {
        List<String> names = modules().stream().map(ArtifactModule::name).toList();
        assertThat(names).contains("sms", "datausage").doesNotHaveDuplicates();
    }

    @Test
    void everyModuleDeclaresAbsoluteArtifactGlobsAndARecordType() {
        for (ArtifactModule<?> module : modules()) {
            assertThat(module.artifacts()).allMatch(glob -> glob.startsWith("/"));
            assertThat(module.recordType()).isNotNull();
            assertThat(module.description()).isNotBlank();
            assertThat(module.sourceKinds()).isNotEmpty();
        }
    }

    private static List<ArtifactModule<?>> modules() {
        List<ArtifactModule<?>> modules = new ArrayList<>();
        for (ArtifactModule<?> module : ServiceLoader.load(ArtifactModule.class)) {
            modules.add(module);
        }
        return modules;
    }
}
