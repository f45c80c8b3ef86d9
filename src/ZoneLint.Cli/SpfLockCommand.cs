using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Dns;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli;

/// <summary>
/// `zonelint spf lock`: pins the SPF and address data of every external domain the zones' SPF records reach in a lock
/// file (docs/lock-file.md); `--check` fetches again and fails when DNS drifted from the lock (a scheduled CI job).
/// </summary>
public static class SpfLockCommand
{
    public static readonly string[] Options = { "--lock=", "--check", "--server=" };

    /// <summary>Failed lookups listed one by one; a hostile or dead server can fail hundreds, and the first ones say why.</summary>
    private const int MaxFailuresShown = 20;

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var resolver = CreateDnsClientResolver(line.Value("--server"), null);
        var files = ZoneFileFinder.Find(line.Arguments);
        if (files.Count == 0)
            throw new UsageException($"no zone files (*.zone, db.*, *.db) found in {string.Join(", ", line.Arguments.DefaultIfEmpty("."))}");
        var zones = files.Select(file => ZoneParser.ParseFile(file, ZoneFiles.ParseOptionsFor(file, null, ZoneFiles.ConfigurationFor(file)))).ToList();
        string lockPath = line.Value("--lock") ?? DefaultLockPath(line.Arguments);

        var walker = new SpfLockWalker(zones, resolver).Walk();
        foreach (var note in walker.Notes) stdout.WriteLine(TextReporter.Sanitize("note: " + note)); // DNS text: no terminal controls
        var failures = walker.Failures.ToList();
        if (failures.Count > 0)
        {
            foreach (var failure in failures.Take(MaxFailuresShown))
            {
                string question = $"{failure.Name} {RRType.ToName(failure.Type)}";
                string reason = failure.Error is { } error ? ": " + (error.StartsWith(question + ": ", StringComparison.Ordinal) ? error.Substring(question.Length + 2) : error) : "";
                stderr.WriteLine(TextReporter.Sanitize($"zonelint: {question}: {LockFileWriter.FormatStatus(failure.Status)}{reason}"));
            }
            if (failures.Count > MaxFailuresShown) stderr.WriteLine($"zonelint: ... and {failures.Count - MaxFailuresShown} more");
            stderr.WriteLine($"zonelint: {failures.Count} DNS {(failures.Count == 1 ? "lookup" : "lookups")} failed; {Show(lockPath)} was {(line.Has("--check") ? "not checked" : "left as it was")}");
            return ExitCodes.ToolFailure;
        }

        var fresh = new LockFile(walker.Answers);
        return line.Has("--check")
            ? Check(lockPath, fresh, walker, stdout)
            : Write(lockPath, fresh, walker, resolver, stdout);
    }

    /// <summary>
    /// Live DNS for `check --online`, `spf eval` and `spf lock`: the system's resolvers, or <paramref name="server"/>
    /// (`IP` or `IP:PORT`). Share one per run: its cache and its query cap are per instance.
    /// </summary>
    public static ISpfResolver CreateOnlineResolver(string? server = null, DnsClientResolverOptions? options = null) =>
        CreateDnsClientResolver(server, options);

    private static DnsClientResolver CreateDnsClientResolver(string? server, DnsClientResolverOptions? options)
    {
        options ??= new DnsClientResolverOptions();
        if (server != null)
        {
            var endPoint = DnsClientResolverOptions.ParseServer(server)
                ?? throw new UsageException($"invalid --server '{server}': give an IP address, IP:PORT or [IPv6]:PORT");
            options.NameServers = new[] { endPoint };
        }
        return new DnsClientResolver(options);
    }

    /// <summary>Reads a lock file for a command; a missing or invalid one is a usage error that names the first mistakes.</summary>
    public static LockFile ReadLock(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read lock file '{path}': {e.Message}");
        }
        return ParseLock(path, text);
    }

    /// <summary>A lock file's text, read; an invalid one is a usage error that says how to write it again.</summary>
    public static LockFile ParseLock(string path, string text)
    {
        var result = LockFileReader.Read(path, text);
        if (!result.IsValid)
        {
            var shown = result.Errors.Take(3).Select(e => e.ToString());
            throw new UsageException($"invalid lock file: {string.Join("; ", shown)}{(result.Errors.Count > 3 ? $" (and {result.Errors.Count - 3} more)" : "")}; write it again with `zonelint spf lock`");
        }
        return result.LockFile!;
    }

    private static int Check(string lockPath, LockFile fresh, SpfLockWalker walker, TextWriter stdout)
    {
        if (!File.Exists(lockPath))
            throw new UsageException($"no lock file '{Show(lockPath)}' to check; write one with `zonelint spf lock`");
        var committed = ReadLock(lockPath);
        var drift = LockDrift.Describe(committed, fresh, walker.Roots, walker.Zones);
        if (drift.Count == 0)
        {
            stdout.WriteLine($"{Show(lockPath)} matches DNS: {Summary(fresh)}.");
            return ExitCodes.Success;
        }
        stdout.WriteLine($"{Show(lockPath)} has drifted from DNS:");
        foreach (var change in drift) stdout.WriteLine(TextReporter.Sanitize("  " + change));
        stdout.WriteLine("Review the changes, then run `zonelint spf lock` to accept them.");
        return ExitCodes.Findings;
    }

    private static int Write(string lockPath, LockFile fresh, SpfLockWalker walker, DnsClientResolver resolver, TextWriter stdout)
    {
        string? existing = File.Exists(lockPath) ? File.ReadAllText(lockPath) : null;
        var committed = existing == null ? LockFile.Empty : ReadLock(lockPath);
        var updated = committed.Refresh(fresh.Answers);
        string text = LockFileWriter.Write(updated);
        int n = resolver.QueriesSent;
        string queries = $", {n} DNS {(n == 1 ? "query" : "queries")}";
        if (existing == text)
        {
            stdout.WriteLine($"{Show(lockPath)} is up to date: {Summary(updated)}{queries}.");
            return ExitCodes.Success;
        }
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(lockPath));
            if (folder != null) Directory.CreateDirectory(folder);
            File.WriteAllText(lockPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write lock file '{lockPath}': {e.Message}");
        }
        stdout.WriteLine($"Wrote {Show(lockPath)}: {Summary(updated)}{queries}.");
        if (existing != null)
        {
            foreach (var change in LockDrift.Describe(committed, updated, walker.Roots, walker.Zones)) stdout.WriteLine(TextReporter.Sanitize("  " + change));
        }
        return ExitCodes.Success;
    }

    private static string Summary(LockFile lockFile)
    {
        int answers = lockFile.Answers.Count;
        int domains = lockFile.Domains.Count();
        return $"{answers} {(answers == 1 ? "answer" : "answers")} for {domains} external {(domains == 1 ? "domain" : "domains")}";
    }

    /// <summary>The lock beside the configuration (its spf.lockFile), else beside the zones: the first PATH's folder.</summary>
    /// <summary>Where the lock file is, for `spf lock` and `check` alike: zonelint.json's spf.lockFile, else beside the first PATH.</summary>
    internal static string DefaultLockPath(IReadOnlyList<string> paths) => DefaultLockPath(paths, ZoneFiles.ConfigurationFor);

    /// <summary>The lock file named by the configuration of the first path, else zonelint.lock.json beside it.</summary>
    internal static string DefaultLockPath(IReadOnlyList<string> paths, Func<string, ZoneLintConfiguration> configurationFor)
    {
        string first = paths.Count == 0 ? "." : paths[0];
        if (configurationFor(first).Spf.LockFilePath is { } configured) return configured;
        string folder = Directory.Exists(first) ? first : Path.GetDirectoryName(first) ?? ".";
        return Path.Combine(folder.Length == 0 ? "." : folder, LockFile.DefaultFileName);
    }

    /// <summary>A path as the user would type it: relative to the current folder when it is below it.</summary>
    private static string Show(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
