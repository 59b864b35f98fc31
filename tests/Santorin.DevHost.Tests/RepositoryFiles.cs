namespace Santorin.DevHost.Tests;

/// <summary>Files of the repository the tests read, found from the test's output folder upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration this test runs in (Debug or Release).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Santorin.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Santorin.Functions.sln) was not found.");
    }
}
