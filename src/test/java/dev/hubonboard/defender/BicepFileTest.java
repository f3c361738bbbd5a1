package dev.hubonboard.defender;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class BicepFileTest {

    private final String bicep = new ConnectorExport(Fixtures.full()).bicep();
    private final List<String> lines = bicep.lines().toList();

    /**
     * A small structural check instead of the Bicep compiler (not available in the build): braces and brackets
     * balance outside strings and comments, and every string literal is closed on its line.
     */
    static void assertBalanced(String source) {
        Deque<Character> open = new ArrayDeque<>();
        int lineNo = 0;
        for (String line : source.lines().toList()) {
            lineNo++;
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '\'') {
                        inString = false;
                    }
                } else if (c == '\'') {
                    inString = true;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (c == '{' || c == '[' || c == '(') {
                    open.push(c);
                } else if (c == '}' || c == ']' || c == ')') {
                    char expected = c == '}' ? '{' : c == ']' ? '[' : '(';
                    if (open.isEmpty() || open.pop() != expected) {
                        fail("unbalanced '" + c + "' on line " + lineNo + ": " + line);
                    }
                }
            }
            if (inString) {
                fail("unclosed string on line " + lineNo + ": " + line);
            }
        }
        assertThat(open).as("unclosed brackets at the end").isEmpty();
    }

    private int indexOf(String line) {
        int i = lines.indexOf(line);
        assertThat(i).as("line present: " + line).isNotNegative();
        return i;
    }

    private String propertyValue(String name) {
        return lines.stream().map(String::strip).filter(l -> l.startsWith(name + ": "))
                .map(l -> l.substring(name.length() + 2)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name));
    }

    @Test
    void isBalanced() {
        assertBalanced(bicep);
        assertBalanced(new ConnectorExport(Fixtures.minimal()).bicep());
    }

    @Test
    void theTokenParameterIsSecureAndHasNoDefault() {
        int param = indexOf("param dockerHubAccessToken string");
        assertThat(lines.get(param - 1)).isEqualTo("@secure()");
        assertThat(lines).filteredOn(l -> l.contains("dockerHubAccessToken"))
                .containsExactly("param dockerHubAccessToken string", "        accessToken: dockerHubAccessToken");
    }

    @Test
    void declaresTheConnectorResourceWithEveryProperty() {
        indexOf("resource connector 'Microsoft.Security/securityConnectors@2024-08-01-preview' = {");
        assertThat(propertyValue("name")).isEqualTo("connectorName");
        assertThat(propertyValue("location")).isEqualTo("location");
        assertThat(propertyValue("hierarchyIdentifier")).isEqualTo("organization");
        assertThat(propertyValue("environmentName")).isEqualTo("'DockerHub'");
        assertThat(propertyValue("environmentType")).isEqualTo("'DockerHubOrganization'");
        assertThat(propertyValue("scanInterval")).isEqualTo("scanInterval");
        assertThat(propertyValue("authenticationType")).isEqualTo("'AccessToken'");
        assertThat(propertyValue("username")).isEqualTo("dockerId");
        assertThat(lines).filteredOn(l -> l.strip().startsWith("offeringType: "))
                .map(String::strip)
                .containsExactly("offeringType: 'DefenderForContainersDockerHub'", "offeringType: 'DefenderCspmDockerHub'");
    }

    @Test
    void parametersHoldTheValuesEntered() {
        indexOf("param connectorName string = 'acme-dockerhub'");
        indexOf("param location string = 'northeurope'");
        indexOf("param organization string = 'acme-corp'");
        indexOf("param dockerId string = 'acmescanner'");
        int interval = indexOf("param scanInterval int = 12");
        assertThat(lines.get(interval - 1)).isEqualTo("@allowed([4, 6, 12, 24])");
    }

    @Test
    void withoutARegionTheResourceGroupsIsUsed() {
        assertThat(new ConnectorExport(Fixtures.minimal()).bicep())
                .contains("param location string = resourceGroup().location\n");
    }

    @Test
    void theUnconfirmedHierarchyIdentifierIsFlaggedRightAboveIt() {
        int property = lines.indexOf("    hierarchyIdentifier: organization");
        assertThat(lines.get(property - 1)).startsWith("    // UNCONFIRMED: hierarchyIdentifier = organization name");
    }

    @Test
    void stringsAreEscaped() {
        assertThat(BicepFile.quote("it's")).isEqualTo("'it\\'s'");
        assertThat(BicepFile.quote("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(BicepFile.quote("${x} $y")).isEqualTo("'\\${x} $y'");
        assertThat(BicepFile.quote("two\nlines")).isEqualTo("'two\\nlines'");
        assertBalanced("x: " + BicepFile.quote("{'[") + "\n");
    }
}
