import { create } from 'zustand';
import type { ExtraField, NodeConfig } from '../../../shared/node-config/node-config-schema.js';
import { defaultPlan, type ControlPlaneDraft, type IpPlanDraft, type Plan, type PlanSecrets, type WizardStepId } from '../../../shared/plan/plan-schema.js';

/** Where the plan on disk stands relative to what is on screen. */
export type SaveStatus =
  | { kind: 'loading' }
  /** Loaded nothing (first run) and nothing typed yet. */
  | { kind: 'new' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt?: string }
  | { kind: 'error'; message: string };

export type IpPlanTextField = Exclude<keyof IpPlanDraft, 'existingNetworks'>;

/**
 * The plan as typed. Every setter stores the raw string exactly as entered (no trimming, no parsing), so a
 * half-typed CIDR survives a step change or a restart; validation reads from here, it never writes.
 */
interface PlanState {
  plan: Plan;
  /** False until the saved plan has been read; the steps are not editable before, so nothing typed is lost. */
  loaded: boolean;
  saveStatus: SaveStatus;
  setIpPlanField(field: IpPlanTextField, value: string): void;
  setExistingNetwork(index: number, value: string): void;
  addExistingNetworks(values: readonly string[]): void;
  removeExistingNetwork(index: number): void;
  setControlPlaneField<F extends keyof ControlPlaneDraft>(field: F, value: ControlPlaneDraft[F]): void;
  /** The operator's kube-flannel.yml as given (file name, or empty when pasted) and its text. */
  setFlannelManifest(manifestName: string, manifest: string): void;
  /** Changes the node config (never its token or CA hash: those live in `secrets`, sealed on disk). */
  updateNodeConfig(change: (config: NodeConfig) => NodeConfig): void;
  /** An imported file's config and the fields it holds that the model does not know. */
  replaceNodeConfig(config: NodeConfig, extras: readonly ExtraField[]): void;
  setWindowsBuild(windowsBuild: string): void;
  setSecrets(secrets: Partial<PlanSecrets>): void;
  setActiveStep(step: WizardStepId): void;
  /** Replaces the whole plan (the saved one, on start). */
  loadPlan(plan: Plan, status: SaveStatus): void;
  setSaveStatus(status: SaveStatus): void;
}

export const usePlanStore = create<PlanState>()((set) => {
  const update = (change: (plan: Plan) => Plan) => set((state) => ({ plan: change(state.plan) }));
  return {
    plan: defaultPlan(),
    loaded: false,
    saveStatus: { kind: 'loading' },
    setIpPlanField: (field, value) => update((plan) => ({ ...plan, ipPlan: { ...plan.ipPlan, [field]: value } })),
    setExistingNetwork: (index, value) =>
      update((plan) => ({
        ...plan,
        ipPlan: {
          ...plan.ipPlan,
          existingNetworks: plan.ipPlan.existingNetworks.map((network, i) => (i === index ? value : network)),
        },
      })),
    addExistingNetworks: (values) =>
      update((plan) => ({
        ...plan,
        ipPlan: { ...plan.ipPlan, existingNetworks: [...plan.ipPlan.existingNetworks, ...values] },
      })),
    removeExistingNetwork: (index) =>
      update((plan) => ({
        ...plan,
        ipPlan: { ...plan.ipPlan, existingNetworks: plan.ipPlan.existingNetworks.filter((_, i) => i !== index) },
      })),
    setControlPlaneField: (field, value) =>
      update((plan) => ({ ...plan, controlPlane: { ...plan.controlPlane, [field]: value } })),
    setFlannelManifest: (manifestName, manifest) => update((plan) => ({ ...plan, flannel: { manifestName, manifest } })),
    updateNodeConfig: (change) => update((plan) => ({ ...plan, nodeConfig: { ...plan.nodeConfig, config: change(plan.nodeConfig.config) } })),
    replaceNodeConfig: (config, extras) => update((plan) => ({ ...plan, nodeConfig: { ...plan.nodeConfig, config, extras: [...extras] } })),
    setWindowsBuild: (windowsBuild) => update((plan) => ({ ...plan, nodeConfig: { ...plan.nodeConfig, windowsBuild } })),
    setSecrets: (secrets) => update((plan) => ({ ...plan, secrets: { ...plan.secrets, ...secrets } })),
    setActiveStep: (activeStep) => update((plan) => ({ ...plan, activeStep })),
    loadPlan: (plan, saveStatus) => set({ plan, loaded: true, saveStatus }),
    setSaveStatus: (saveStatus) => set({ saveStatus }),
  };
});
