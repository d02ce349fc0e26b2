package vn.gov.haiphong.lgsp.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's headless chromium driven through its chromedriver (never a browser or
 * driver downloaded by Selenium Manager), a fresh profile each time, 1366×768. Signs in through the real
 * Keycloak login form and keeps a screenshot of each screen under {@code target/console-screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("it.console.screenshots", "target/console-screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    /** Where the console's downloads land (the profile's own directory). */
    final Path downloads;
    private final Path profile;
    private final WebDriverWait wait;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The console's browser tests need Debian's chromium and chromedriver at "
                    + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        try {
            profile = Files.createTempDirectory("lgsp-console-chromium");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the networking flags chromium waits on services the closed network does not answer.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi-VN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "profile.default_content_setting_values.automatic_downloads", 1));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(driver, WAIT);
    }

    /** Opens the console and signs in with the realm's login form; waits for the console to greet the officer. */
    Browser signIn(String user) {
        driver.get(Http.BASE + "/console/");
        WebElement name = waitFor(By.id("username"));
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo-" + user);
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.id("who"));
        return this;
    }

    /**
     * Moves to a screen of the console (no reload: the token stays in the page's memory) and waits until it is
     * shown and has finished loading.
     */
    Browser open(String hash) {
        ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", hash);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-route='" + hash + "']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("main .loading")));
        return this;
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Fills a form field of the console by the form's id and the field's name, unfolding the form's panel first. */
    Browser fill(String form, String field, String value) {
        By by = By.cssSelector("#" + form + " [name='" + field + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("const d = document.querySelector(arguments[0]).closest('details');"
                + " if (d) d.open = true;", "#" + form);
        WebElement input = waitFor(by);
        String type = String.valueOf(input.getAttribute("type"));
        if (type.equals("date") || type.equals("datetime-local") || type.equals("month")) {
            // Typed keys follow the browser's locale order; the value itself is ISO, as the console reads it.
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", input, value);
        } else if ("SELECT".equalsIgnoreCase(input.getTagName())) {
            new org.openqa.selenium.support.ui.Select(input).selectByValue(value);
        } else {
            // Keys, not clear(): the console's fields listen to input events, which typing fires.
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(value);
        }
        return this;
    }

    Browser submit(String form) {
        driver.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
        return this;
    }

    /** The text of the field error shown under a form's field. */
    String fieldError(String form, String field) {
        return waitFor(By.cssSelector("#" + form + "-" + field + "-error")).getText();
    }

    /** The table row holding the text (waits for it). */
    WebElement row(String text) {
        By by = By.xpath("//tr[td[contains(normalize-space(.), " + xpathLiteral(text) + ")]]");
        return waitFor(by);
    }

    /** Runs a script in the page and answers what it returns. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The file the console saved whose name starts with the prefix, once written whole. */
    Path downloaded(String prefix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the screen shown, serious and critical ones only, one line
     * each: rule, impact, help and the elements.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        // A run that failed, or that checked nothing, must not read as "no violation".
        if (results.isErrored() || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core did not check the page: " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " — "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList())
                .toList();
    }

    /** Shows the console as a phone of that size would (mobile emulation), or the desktop window again (null). */
    void viewport(Dimension phone) {
        if (phone == null) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", phone.width,
                    "height", phone.height, "deviceScaleFactor", 3, "mobile", true));
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile left in /tmp is harmless
            }
        }
    }
}
