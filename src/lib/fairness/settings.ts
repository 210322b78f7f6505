import type { RotaSettings } from '../rota/model.ts';

/** Largest share of the out-of-hours time one person should be on call for, unless settings.yaml says otherwise. */
export const DEFAULT_ON_CALL_SHARE_LIMIT = 0.3;

export interface FairnessSettings extends RotaSettings {
  /** Largest share (0-1) of out-of-hours time one person should be on call for. */
  onCallShareLimit: number;
}

/** The fairness settings from the rota's settings, which carry onCallShareLimit once validated. */
export function fairnessSettingsOf(settings: RotaSettings & { onCallShareLimit?: number | undefined }): FairnessSettings {
  return { ...settings, onCallShareLimit: settings.onCallShareLimit ?? DEFAULT_ON_CALL_SHARE_LIMIT };
}
