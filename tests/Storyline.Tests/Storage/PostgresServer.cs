using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Storyline.Tests.Storage;

/// <summary>A throwaway PostgreSQL server in a temporary folder, on 127.0.0.1 and a free port, trust auth; stopped and deleted on dispose.</summary>
/// <remarks>
/// Finds <c>initdb</c>/<c>pg_ctl</c> on PATH or under <c>/usr/lib/postgresql/*/bin</c>. PostgreSQL
/// refuses to run as root, so as root the server runs as the <c>postgres</c> user. When
/// <c>STORYLINE_TEST_PG</c> holds a connection string, that server is used instead and nothing is started.
/// Shared by the tests and the workers benchmark.
/// </remarks>
internal sealed class PostgresServer : IDisposable
{
    private const string RootUser = "postgres";
    private readonly string? _dir;
    private readonly string? _bin;
    private readonly string _admin;
    private readonly List<string> _databases = [];

    private PostgresServer(string admin, string? dir, string? bin)
    {
        _admin = admin;
        _dir = dir;
        _bin = bin;
    }

    /// <summary>A connection string given by the environment, if any.</summary>
    public static string? External => Environment.GetEnvironmentVariable("STORYLINE_TEST_PG") is { Length: > 0 } value ? value : null;

    /// <summary>Why no server can be had here, or null when one can.</summary>
    public static string? Unavailable => External is null && FindBin() is null
        ? "PostgreSQL is not installed (apt-get install postgresql) and STORYLINE_TEST_PG is not set"
        : null;

    /// <summary>True where a missing server is a broken setup (CI), so tests fail rather than skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Starts a server, or connects to <see cref="External"/>.</summary>
    /// <param name="durable">False turns fsync off: faster, fine for tests, not for figures.</param>
    public static PostgresServer Start(bool durable = false)
    {
        if (External is { } external)
        {
            return new PostgresServer(external, null, null);
        }
        var bin = FindBin() ?? throw new InvalidOperationException(Unavailable);
        var dir = Path.Combine(Path.GetTempPath(), "storyline-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || IsUidZero();
        try
        {
            if (asRoot)
            {
                Run("chown", [RootUser, dir], asUser: null);
            }
            var data = Path.Combine(dir, "data");
            var user = asRoot ? RootUser : null;
            Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", RootUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], user);
            var port = FreePort();
            var settings = $"-h 127.0.0.1 -p {port} -k {dir} -c max_connections=60" + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(dir, "server.log"), "-w", "-t", "60", "start"], user);
            var admin = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = RootUser, Database = "postgres", Pooling = false }.ConnectionString;
            return new PostgresServer(admin, dir, bin);
        }
        catch
        {
            TryDelete(dir);
            throw;
        }
    }

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "storyline")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)].ToLowerInvariant();
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        lock (_databases)
        {
            _databases.Add(name);
        }
        return new NpgsqlConnectionStringBuilder(_admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public void Dispose()
    {
        if (_dir is null)
        {
            DropDatabases();
            return;
        }
        try
        {
            var user = IsUidZero() ? RootUser : null;
            Run(Path.Combine(_bin!, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"], user);
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder goes anyway.
        }
        TryDelete(_dir);
    }

    private void DropDatabases()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        foreach (var name in _databases)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private static string? FindBin()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Newest major version first.
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static bool IsUidZero()
    {
        try
        {
            return File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, "0", ..];
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IEnumerable<string> args, string? asUser)
    {
        var info = asUser is null ? new ProcessStartInfo(program) : new ProcessStartInfo("runuser");
        if (asUser is not null)
        {
            foreach (var a in new[] { "-u", asUser, "--", program })
            {
                info.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        // initdb fails when it cannot read the working directory, which the postgres user may not.
        info.WorkingDirectory = Path.GetTempPath();
        // The server inherits these pipes; don't wait on them, only on the command itself.
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {(error.IsCompleted ? error.Result : "")}");
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
