namespace Santorin.Benchmarks;

/// <summary>
/// The command line: <c>--quick</c> for the small sizes, <c>--case NAME</c> (repeatable) to run
/// some cases only, <c>--results PATH</c> for the results file. <c>--child</c> and
/// <c>--result-file</c> are how the runner starts a case in a process of its own.
/// </summary>
internal sealed record BenchOptions(
    bool Quick,
    IReadOnlyList<string> Cases,
    string ResultsPath,
    bool Child,
    string? ResultFile)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = false;
        var child = false;
        var cases = new List<string>();
        string? results = null;
        string? resultFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--child":
                    child = true;
                    break;
                case "--case":
                    cases.Add(Value(args, ++i));
                    break;
                case "--results":
                    results = Value(args, ++i);
                    break;
                case "--result-file":
                    resultFile = Value(args, ++i);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}.", nameof(args));
            }
        }

        return new BenchOptions(quick, cases, results ?? DefaultResultsPath(), child, resultFile);
    }

    public bool Selects(string name) => Cases.Count == 0 || Cases.Contains(name, StringComparer.Ordinal);

    /// <summary>The mode and sizes as written in the results, with the command that reproduces them.</summary>
    public string Command
    {
        get
        {
            var options = (Quick ? " --quick" : "") + string.Concat(Cases.Select(name => " --case " + name));
            return "dotnet run -c Release --project bench/Santorin.Benchmarks" + (options.Length > 0 ? " --" : "")
                + options;
        }
    }

    private static string Value(string[] args, int index) =>
        index < args.Length
            ? args[index]
            : throw new ArgumentException($"{args[index - 1]} needs a value.", nameof(args));

    /// <summary>bench/RESULTS.md of the repository the program was built from.</summary>
    private static string DefaultResultsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Santorin.Functions.sln")))
            {
                return Path.Combine(dir.FullName, "bench", "RESULTS.md");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "RESULTS.md");
    }
}
