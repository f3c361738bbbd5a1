package dev.hubonboard;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22, item 7: the .msi puts its folder on the user's PATH. packaging/windows/path-entry.xsl is what the
 * Windows build applies to jpackage's generated main.wxs (pom.xml, msi); here it is applied to a main.wxs of the
 * same shape (WiX v3: Wix/Product with the Feature DefaultFeature). What WiX and Windows then do with it is not run
 * here: release.yml's Windows job installs the .msi and reads the user's PATH.
 */
class MsiPathEntryTest {
    private static final String WIX = "http://schemas.microsoft.com/wix/2006/wi";
    private static final Path XSL = Path.of("packaging/windows/path-entry.xsl");

    private static final String MAIN_WXS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
              <Product Id="*" Name="Hub Onboard" Version="1.0.0">
                <Package InstallScope="perUser"/>
                <Directory Id="TARGETDIR" Name="SourceDir"/>
                <Feature Id="DefaultFeature" Level="1">
                  <ComponentGroupRef Id="Shortcuts"/>
                  <ComponentGroupRef Id="Files"/>
                </Feature>
                <UIRef Id="JpUI"/>
              </Product>
            </Wix>
            """;

    private static Document apply(String wxs) throws Exception {
        DOMResult out = new DOMResult();
        TransformerFactory.newInstance().newTransformer(new StreamSource(XSL.toFile()))
                .transform(new StreamSource(new StringReader(wxs)), out);
        return (Document) out.getNode();
    }

    private static List<Element> all(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS(WIX, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void theDefaultFeatureGainsAComponentThatAppendsTheInstallFolderToTheUsersPath() throws Exception {
        Document d = apply(MAIN_WXS);

        Element feature = all(d, "Feature").getFirst();
        assertThat(all(d, "ComponentRef")).singleElement().satisfies(ref -> {
            assertThat(ref.getParentNode()).isSameAs(feature);
            assertThat(ref.getAttribute("Id")).isEqualTo("HubOnboardOnPath");
        });
        Element component = all(d, "Component").getFirst();
        assertThat(component.getAttribute("Id")).isEqualTo("HubOnboardOnPath");
        assertThat(component.getAttribute("Guid")).matches("\\{[0-9A-F-]{36}\\}");
        assertThat(((Element) component.getParentNode()).getAttribute("Id")).isEqualTo("INSTALLDIR");
        Element env = all(d, "Environment").getFirst();
        assertThat(env.getAttribute("Name")).isEqualTo("PATH");
        assertThat(env.getAttribute("Value")).isEqualTo("[INSTALLDIR]");
        assertThat(env.getAttribute("Part")).as("appended, never replacing the user's PATH").isEqualTo("last");
        assertThat(env.getAttribute("System")).as("the user's PATH, as the install is per user").isEqualTo("no");
        assertThat(env.getAttribute("Permanent")).as("removed on uninstall").isEqualTo("no");
        Element key = all(d, "RegistryValue").getFirst();
        assertThat(key.getAttribute("Root")).isEqualTo("HKCU");
        assertThat(key.getAttribute("KeyPath")).isEqualTo("yes");
    }

    @Test
    void everythingElseOfJpackagesMainWxsIsKept() throws Exception {
        Document d = apply(MAIN_WXS);

        assertThat(all(d, "ComponentGroupRef")).extracting(e -> e.getAttribute("Id")).containsExactly("Shortcuts", "Files");
        assertThat(all(d, "UIRef")).hasSize(1);
        assertThat(all(d, "Package")).singleElement().satisfies(p ->
                assertThat(p.getAttribute("InstallScope")).isEqualTo("perUser"));
        assertThat(all(d, "Product")).singleElement().satisfies(p ->
                assertThat(p.getAttribute("Name")).isEqualTo("Hub Onboard"));
    }

    /** A jpackage whose main.wxs changed shape stops the build rather than ship an .msi without the PATH entry. */
    @Test
    void aMainWxsWithoutTheDefaultFeatureStopsTheBuild() {
        String changed = MAIN_WXS.replace("DefaultFeature", "SomeOtherFeature");
        assertThatThrownBy(() -> apply(changed)).isInstanceOf(TransformerException.class);
    }

    @Test
    void theStylesheetIsWhatThePomAppliesToTheMsi() throws Exception {
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("style=\"${basedir}/packaging/windows/path-entry.xsl\"")
                .contains("<arg value=\"--resource-dir\"/><arg value=\"${jp}/msi-resources\"/>");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(XSL.toFile())).isNotNull();
    }
}
