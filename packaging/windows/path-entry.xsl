<?xml version="1.0" encoding="utf-8"?>
<!--
  Puts the installed folder on the user's PATH: applied to the main.wxs that jpackage itself generated (its first,
  throw-away .msi run keeps it under temp/config), so the rest of the installer stays jpackage's own for whichever JDK
  builds it; the result goes back in through resource-dir. jpackage has no option for PATH (spring-cli#119 and
  JReleaser customise main.wxs the same way).

  Adds one component to jpackage's DefaultFeature: an Environment entry (the user's PATH, this folder appended,
  removed again on uninstall) with a registry value in HKCU as its key path (a per-user install's components need
  one). The Guid's braces are doubled only because XSLT reads single ones as an expression. WiX v3 syntax, as
  jpackage's own sources: jpackage converts them all for WiX v4 and v5.
  A main.wxs without DefaultFeature (a jpackage that changed) stops the build instead of shipping without PATH.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wix="http://schemas.microsoft.com/wix/2006/wi" exclude-result-prefixes="wix">
  <xsl:output method="xml" encoding="utf-8" indent="no"/>

  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>

  <xsl:template match="/">
    <xsl:if test="not(//wix:Product/wix:Feature[@Id='DefaultFeature'])">
      <xsl:message terminate="yes">path-entry.xsl: jpackage's main.wxs has no Product/Feature DefaultFeature; the PATH entry cannot be added</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="node()"/>
  </xsl:template>

  <xsl:template match="wix:Product/wix:Feature[@Id='DefaultFeature']">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
      <ComponentRef xmlns="http://schemas.microsoft.com/wix/2006/wi" Id="HubOnboardOnPath"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="wix:Product">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
      <DirectoryRef xmlns="http://schemas.microsoft.com/wix/2006/wi" Id="INSTALLDIR">
        <Component Id="HubOnboardOnPath" Guid="{{5B0E7C3A-2F4D-4E8B-9A61-7C2D3E4F5A6B}}">
          <Environment Id="HubOnboardPathEntry" Name="PATH" Value="[INSTALLDIR]" Action="set" Part="last"
                       Permanent="no" System="no"/>
          <RegistryValue Root="HKCU" Key="Software\Hub Onboard" Name="OnPath" Type="integer" Value="1"
                         KeyPath="yes"/>
        </Component>
      </DirectoryRef>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
