"""The Funnel page (漏斗): the acquisition funnel, its costs and the ROI (issue 28)."""
