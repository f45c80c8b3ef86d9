using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ZoneLint.Cli.Sources;

/// <summary>Runs git as a child process. Output is kept as bytes: to git, a file name is bytes, and -z keeps it whole.</summary>
internal static class Git
{
    public readonly record struct Result(int ExitCode, byte[] Stdout, string Stderr)
    {
        public bool Succeeded => ExitCode == 0;

        /// <summary>Stdout as text, without the line feed git ends it with.</summary>
        public string Text => Encoding.UTF8.GetString(Stdout).TrimEnd('\n');

        /// <summary>What git said went wrong, in one line (its first), for a message of ours.</summary>
        public string Problem
        {
            get
            {
                string line = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : $"git exited with code {ExitCode}";
                return line.StartsWith("fatal: ", StringComparison.Ordinal) ? line.Substring(7) : line;
            }
        }
    }

    /// <summary>
    /// Runs `git ARGS` in <paramref name="folder"/> and waits for it. The environment is inherited on purpose: in a
    /// pre-commit hook, GIT_INDEX_FILE names the index that is being committed.
    /// </summary>
    public static Result Run(string folder, params string[] args)
    {
        using var process = Start(folder, redirectInput: false, args);
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts git with its streams redirected; git missing is the user's to fix, so a UsageException.</summary>
    public static Process Start(string folder, bool redirectInput, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        try
        {
            var process = Process.Start(start) ?? throw new UsageException("could not start git");
            if (!redirectInput) process.StandardInput.Close(); // git never waits for input it will not get
            return process;
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"git could not be run ({e.Message}); is git installed and on PATH?");
        }
    }
}
