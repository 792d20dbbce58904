using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MentorBot.Tests.Hosting.Authentication;

/// <summary>
/// A certificate authority made for one test run, trusted by this process for as long as it lives: the Bot Framework
/// SDK fetches its OpenID metadata and signing keys over HTTPS only, through an HttpClient of its own, so the loopback
/// metadata server needs a certificate the process trusts. The root goes into the current user's Root store (on Linux,
/// .NET's own store under ~/.dotnet, read by this user's .NET processes only) and is removed on dispose.
/// </summary>
internal sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _root;

    public TestCertificateAuthority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=MentorBot test CA {Guid.NewGuid():N}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        _root = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));

        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(X509CertificateLoader.LoadCertificate(_root.Export(X509ContentType.Cert)));
    }

    /// <summary>A server certificate for 127.0.0.1 and localhost, signed by this authority, with its private key.</summary>
    public X509Certificate2 IssueServerCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var serial = RandomNumberGenerator.GetBytes(16);
        using var issued = request.Create(_root, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1), serial);

        // Kestrel on Linux wants the key in an exportable form it can load; a PFX round trip gives it that.
        return X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(key).Export(X509ContentType.Pfx), null);
    }

    public void Dispose()
    {
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            foreach (var found in store.Certificates.Find(X509FindType.FindByThumbprint, _root.Thumbprint, validOnly: false))
                store.Remove(found);
        }

        _root.Dispose();
    }
}
