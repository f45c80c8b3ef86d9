using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Configuration;

/// <summary>The "spf" object of zonelint.json: the lookup warning threshold, the senders, the lock file.</summary>
public sealed class SpfSettings
{
    public const int DefaultLookupWarningThreshold = 8;

    public const string DefaultLockFile = "zonelint.lock.json";

    public static SpfSettings Default { get; } = new(DefaultLookupWarningThreshold, DefaultLockFile, null, Array.Empty<SpfSender>());

    internal SpfSettings(int lookupWarningThreshold, string lockFile, string? lockFilePath, IReadOnlyList<SpfSender> senders)
    {
        LookupWarningThreshold = lookupWarningThreshold;
        LockFile = lockFile;
        LockFilePath = lockFilePath;
        Senders = senders;
    }

    /// <summary>ZL3006 warns from this many lookups on (1 to 10).</summary>
    public int LookupWarningThreshold { get; }

    /// <summary>The lock file as written (or the default name), relative to the configuration's folder.</summary>
    public string LockFile { get; }

    /// <summary>The lock file's full path; null when there is no configuration file to be relative to.</summary>
    public string? LockFilePath { get; }

    /// <summary>The declared senders of every domain, in file order (ZL3017).</summary>
    public IReadOnlyList<SpfSender> Senders { get; }
}

/// <summary>One sender declared for a domain: an IP address, or a provider's include, that must get `pass`.</summary>
public sealed class SpfSender
{
    public SpfSender(DomainName domain, string text, IPAddress? address, DomainName? include)
    {
        Domain = domain;
        Text = text;
        Address = address;
        Include = include;
    }

    /// <summary>The domain whose SPF record must let the sender pass.</summary>
    public DomainName Domain { get; }

    /// <summary>As written in zonelint.json: `192.0.2.25`, `include:_spf.google.com`.</summary>
    public string Text { get; }

    public IPAddress? Address { get; }

    /// <summary>The provider's SPF domain, for `include:` senders.</summary>
    public DomainName? Include { get; }

    /// <summary>Reads `192.0.2.25`, `2001:db8::25` or `include:_spf.google.com`; null with the reason when it is none of them.</summary>
    public static SpfSender? TryParse(DomainName domain, string text, out string? error)
    {
        error = null;
        string value = text.Trim();
        if (value.StartsWith("include:", StringComparison.OrdinalIgnoreCase))
        {
            string name = value.Substring("include:".Length);
            if (name.Length == 0 || name.IndexOf(' ') >= 0)
            {
                error = "the include names no domain";
                return null;
            }
            error = DomainName.TryParse(name.EndsWith(".", StringComparison.Ordinal) ? name : name + ".", DomainName.Root, out var include);
            return error == null ? new SpfSender(domain, text, null, include) : null;
        }
        if (TryParseAddress(value, out var address)) return new SpfSender(domain, text, address, null);
        error = "a sender is an IPv4 or IPv6 address (192.0.2.25, 2001:db8::25) or a provider's include (include:_spf.google.com)";
        return null;
    }

    /// <summary>Strict: four dotted decimals for IPv4 (IPAddress.TryParse would take "1" as 0.0.0.1), any IPv6 form.</summary>
    private static bool TryParseAddress(string text, out IPAddress? address)
    {
        address = null;
        if (!IPAddress.TryParse(text, out var parsed)) return false;
        if (parsed.AddressFamily == AddressFamily.InterNetwork && text.Split('.').Length != 4) return false;
        if (parsed.AddressFamily == AddressFamily.InterNetworkV6 && (text.IndexOf(':') < 0 || text.IndexOf('%') >= 0)) return false;
        address = parsed;
        return true;
    }

    public override string ToString() => Text;
}
