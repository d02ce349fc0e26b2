package vn.gov.haiphong.lgsp.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: always the EAR the build produced, never a hand-made subset. */
public final class Deployments {

    private Deployments() {
    }

    /** The production EAR, as built. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("lgsp.ear")));
    }

    /**
     * The production EAR plus a test web module holding {@code testClasses}, marked as the module
     * Arquillian runs the tests in; it sees the EJB module as any web module of the EAR does.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "lgsp-it.war").addClasses(testClasses);
        ear.addAsModule(Testable.archiveToTest(tests));
        String applicationXml = read(ear, "META-INF/application.xml").replace("<library-directory>",
                "<module><web><web-uri>lgsp-it.war</web-uri><context-root>/lgsp-it</context-root></web></module>"
                        + "<library-directory>");
        ear.setApplicationXML(new StringAsset(applicationXml));
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
