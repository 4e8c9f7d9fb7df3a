using Microsoft.Playwright;

namespace FeedbackCollector.EndToEnd;

/// <summary>Debian's chromium driven by Playwright, headless, with no browser download and no background network.</summary>
internal static class SystemChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Skips the calling test when chromium is absent; never lets Playwright fetch a browser of its own.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Path)) Assert.Skip($"{Path} is not installed (scripts/setup installs Debian's chromium)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--no-first-run"],
        });
}
