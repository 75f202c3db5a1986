package vn.boiduong.demo;

/**
 * One further part of the demo province, loaded once, on first start, after the training year and the evaluation
 * demo (Hải Phòng only). Steps run in {@link #order()}; each acts through the real services where it can.
 */
interface DemoStep {

    /** Lower first. Targets and facts rebuild last, so they see everything the other steps made. */
    int order();

    void load();
}
