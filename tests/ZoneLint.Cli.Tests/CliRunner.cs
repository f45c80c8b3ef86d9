using System;
using System.IO;

namespace ZoneLint.Cli.Tests;

/// <summary>Runs the zonelint command in process, in a folder of its own.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Folder = Directory.CreateTempSubdirectory("zonelint-cli-").FullName;
    }

    public string Folder { get; }

    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs with the current folder set to <see cref="Folder"/>, so paths print relative to it.</summary>
    public (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunIn(".", args);

    /// <summary>Runs with the current folder set to a folder below <see cref="Folder"/>.</summary>
    public (int ExitCode, string Stdout, string Stderr) RunIn(string relativeFolder, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        lock (CurrentDirectoryLock)
        {
            string saved = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(Path.Combine(Folder, relativeFolder));
            try
            {
                int code = Program.Run(args, stdout, stderr);
                return (code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(saved);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static readonly object CurrentDirectoryLock = new();

    /// <summary><see cref="GoodZone"/> with the mission's Google Workspace include: a name outside every zone of the run.</summary>
    public static string ZoneWithProviderInclude => GoodZone.Replace("~all", "include:_spf.google.com ~all");

    public const string GoodZone = """
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        @        IN MX  10 mail
        @        IN TXT "v=spf1 ip4:192.0.2.25 mx ~all"
        mail     IN A   192.0.2.25
        www      IN A   192.0.2.80
        _dmarc   IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"

        """;
}
