namespace Storyline.Tests.Support;

/// <summary>Locates <c>../shared</c> (the dev data and seeds) beside the repository, when it is there.</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared is not beside the repository."), .. parts]);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data")) && Directory.Exists(System.IO.Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }
        return null;
    }
}
