namespace Storyline.Tests.Web;

/// <summary>A fact that needs headless Chromium: skipped with a reason when it is not installed, except in CI, which installs it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        // In CI a missing browser is a broken setup, so the test runs and fails rather than passing quietly.
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Executable} is not installed (apt-get install chromium); the browser test needs it.";
        }
    }
}
